// Runs HeidelTime 2.2.1 (standalone, English, news, TreeTagger) over many documents in one JVM,
// so that the JVM's start and HeidelTime's initialisation are paid once and timed apart from the
// per-document work. Compiled and run by bench/heideltime_peer.py (bench only).
//
// usage: java -cp HEIDELTIME_JAR:CLASSES HeidelTimeBatch CONFIG.props MANIFEST OUTDIR [news|narratives [treetagger|no]]
//   MANIFEST: one document a line, "id<TAB>dct YYYY-MM-DD<TAB>path of the UTF-8 text"
//   news (the default) resolves against the dct; narratives ignores it; "no" runs without
//   TreeTagger's part-of-speech tags (both only sensitivity checks)
//   writes OUTDIR/<id>.tml (HeidelTime's TimeML) and prints on stdout
//   ready<TAB>process CPU ns<TAB>children CPU ticks            after initialisation
//   doc<TAB>id<TAB>wall ns<TAB>process CPU ns<TAB>children CPU ticks   per document (deltas)
//   done
// Process CPU is the whole JVM's (every thread: compiler and GC included); children CPU is
// TreeTagger's (and any other child's), read from /proc in clock ticks, reaped or still running.
import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone;
import de.unihd.dbs.heideltime.standalone.OutputType;
import de.unihd.dbs.heideltime.standalone.POSTagger;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

public class HeidelTimeBatch {
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    /** utime + stime (fields 14, 15) or cutime + cstime (16, 17) of a /proc stat line. */
    private static long ticks(String stat, int first) {
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // f[0] is field 3 (state): field n is f[n - 3].
        return Long.parseLong(f[first - 3]) + Long.parseLong(f[first - 2]);
    }

    /** CPU ticks of this process's children: those reaped plus those still running. */
    private static long childTicks() {
        try {
            long total = ticks(Files.readString(Paths.get("/proc/self/stat")), 16);
            try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Paths.get("/proc/self/task"))) {
                for (Path task : tasks) {
                    for (String pid : Files.readString(task.resolve("children")).trim().split("\\s+")) {
                        if (pid.isEmpty()) {
                            continue;
                        }
                        try {
                            total += ticks(Files.readString(Paths.get("/proc", pid, "stat")), 14);
                        } catch (java.io.IOException gone) {
                            // exited between the listing and the read: counted once reaped
                        }
                    }
                }
            }
            return total;
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, "UTF-8");
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        boolean news = args.length < 4 || args[3].equals("news");
        HeidelTimeStandalone ht = new HeidelTimeStandalone(Language.ENGLISH,
                news ? DocumentType.NEWS : DocumentType.NARRATIVES, OutputType.TIMEML, args[0],
                args.length < 5 || args[4].equals("treetagger") ? POSTagger.TREETAGGER : POSTagger.NO);
        out.println("ready\t" + OS.getProcessCpuTime() + "\t" + childTicks());
        SimpleDateFormat day = new SimpleDateFormat("yyyy-MM-dd");
        Path outdir = Paths.get(args[2]);
        List<String> lines = Files.readAllLines(Paths.get(args[1]), StandardCharsets.UTF_8);
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", 3);
            String text = Files.readString(Paths.get(f[2]), StandardCharsets.UTF_8);
            Date dct = day.parse(f[1]);
            long cpu0 = OS.getProcessCpuTime();
            long child0 = childTicks();
            long t0 = System.nanoTime();
            String timeml = news ? ht.process(text, dct) : ht.process(text);
            long wall = System.nanoTime() - t0;
            long cpu = OS.getProcessCpuTime() - cpu0;
            long child = childTicks() - child0;
            Files.writeString(outdir.resolve(f[0] + ".tml"), timeml, StandardCharsets.UTF_8);
            out.println("doc\t" + f[0] + "\t" + wall + "\t" + cpu + "\t" + child);
        }
        out.println("done");
    }
}
