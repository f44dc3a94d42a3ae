"""Date formats for LANGUAGE_CODE en-gb (settings.FORMAT_MODULE_PATH): the
admin shows and accepts the dates the public pages use, ISO 8601 first,
then "6 Apr 2023" and "6 April 2023". Numeric day/month orders such as
06/03/2023 are not accepted, as the public date filter refuses them as
ambiguous."""

DATE_FORMAT = "j M Y"  # 6 Apr 2023
DATETIME_FORMAT = "j M Y, H:i"
SHORT_DATE_FORMAT = "Y-m-d"
SHORT_DATETIME_FORMAT = "Y-m-d H:i"
# The first one is what date inputs (and the admin's calendar) write.
DATE_INPUT_FORMATS = ["%Y-%m-%d", "%d %b %Y", "%d %B %Y", "%b %d %Y", "%B %d %Y"]
TIME_INPUT_FORMATS = ["%H:%M:%S", "%H:%M:%S.%f", "%H:%M"]
DATETIME_INPUT_FORMATS = [
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M:%S.%f",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%dT%H:%M",
    "%d %b %Y %H:%M",
    "%d %B %Y %H:%M",
]
FIRST_DAY_OF_WEEK = 1  # Monday
DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = 3
