"""The load test's table: requests/s, p50, p95, failures per page (Markdown)."""
import csv
import sys


def main(path):
    with open(path) as handle:
        rows = list(csv.DictReader(handle))
    print("| page | requests | failures | requests/s | p50 ms | p95 ms |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for row in sorted(rows, key=lambda r: (r["Name"] == "Aggregated", -float(r["Requests/s"]))):
        print(
            f"| {row['Name']} | {row['Request Count']} | {row['Failure Count']} | {float(row['Requests/s']):.1f} "
            f"| {row['50%']} | {row['95%']} |"
        )


if __name__ == "__main__":
    main(sys.argv[1])
