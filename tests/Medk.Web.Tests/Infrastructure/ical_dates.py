"""Reads an iCalendar file with an independent parser (Debian's python3-icalendar) and expands recurrences with
python-dateutil, as calendar programs do. Prints JSON: {uid: {"dates": [...], "allDay": bool, "summary": str}}.

usage: ical_dates.py FILE
"""
import datetime
import json
import sys

from dateutil.rrule import rrulestr
from icalendar import Calendar


def main():
    with open(sys.argv[1], "rb") as f:
        calendar = Calendar.from_ical(f.read())
    out = {}
    for event in calendar.walk("VEVENT"):
        uid = str(event["UID"])
        start = event.decoded("DTSTART")
        all_day = not isinstance(start, datetime.datetime)
        if "RRULE" in event:
            first = datetime.datetime.combine(start, datetime.time()) if all_day else start
            rule = event["RRULE"].to_ical().decode()
            dates = [d.date().isoformat() for d in rrulestr(rule, dtstart=first)]
        else:
            dates = [(start if all_day else start.date()).isoformat()]
        entry = out.setdefault(uid, {"dates": [], "allDay": all_day, "summary": str(event.get("SUMMARY", ""))})
        entry["dates"].extend(dates)
    print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main()
