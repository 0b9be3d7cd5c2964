"""Deadlines: the time limit a task's text or its 完成时限 sets, as {raw, date, kind}.

kind is `date` (a day: 2024年6月30日前), `period_end` (the end of a month, quarter or year: 2023年底前, 6月底前,
二季度前), `ongoing` (a time limit that never ends: 长期坚持, 持续推进), `recurring` (每年7月31日前, 每季度报送一次)
or `relative` (自本通知印发之日起30日内). A year left out is the document's (`issued`); a period already past
on the day it was issued is the next year's. In running text a date is a deadline only where the sentence
sets work to be done by it (完成, 建成, 出台, 实现 …); a date that bounds a condition (2022年4月25日前购买的,
2022年12月31日前，商住类项目…按50%确定), a duration (5年内不得上市交易, 毕业2年内) and 持续推进 in a sentence are none.
"""
from __future__ import annotations

import calendar
import datetime as dt

from . import patterns as P
from .dates import cn_int


def find_deadline(text: str, issued: dt.date | None = None) -> dict | None:
    """The first deadline of a text (width-folded), or None."""
    # (each form has a character it cannot do without: most texts are passed over by a plain scan)
    dates = P.DEADLINE_DATE.finditer(text) if _may_date(text) else ()
    for found in dates:
        if found.group(0) and _closes(found) and _sets_work(text, found):
            dated = _dated(found, issued)
            if not _before_issue(dated, issued):
                return dated
    relative = P.DEADLINE_RELATIVE.search(text) if _may_be_relative(text) else None
    if relative:
        return _relative(relative, issued)
    recurring = P.DEADLINE_RECURRING.search(text) if "每" in text else None
    if recurring:
        return {"raw": recurring.group(0), "date": None, "kind": "recurring"}
    ongoing = P.DEADLINE_ONGOING_MARK.search(text) if "(" in text or "（" in text else None
    if ongoing:                                         # （持续推进）: a time limit in brackets
        return {"raw": ongoing.group("raw"), "date": None, "kind": "ongoing"}
    return None


def _may_date(text: str) -> bool:
    """What every form of patterns.DEADLINE_DATE needs (its lookahead's 年, 月 or 季度): most task texts have none."""
    return "年" in text or "月" in text or "季" in text


def _may_be_relative(text: str) -> bool:
    """What every form of patterns.DEADLINE_RELATIVE needs: 内, and 之日起, 月内 or 年内."""
    return "内" in text and ("之日起" in text or "月内" in text or "年内" in text)


def deadline_cell(text: str, issued: dt.date | None = None) -> dict | None:
    """A 完成时限 cell or field is a time limit as a whole: '2024年12月' is the month's end, '长期坚持' ongoing."""
    text = text.strip()
    if not text:
        return None
    relative = P.DEADLINE_RELATIVE.search(text)
    if relative:
        return _relative(relative, issued)
    if P.DEADLINE_RECURRING_CELL.search(text):
        return {"raw": text, "date": None, "kind": "recurring"}
    found = next((f for f in P.DEADLINE_DATE.finditer(text) if f.group(0) and (f.group("year") or f.group("month"))), None)
    if found:
        return dict(_dated(found, issued), raw=text)
    if P.DEADLINE_ONGOING.search(text):
        return {"raw": text, "date": None, "kind": "ongoing"}
    return {"raw": text, "date": None, "kind": None}


YEAR_END_FOLLOWS = frozenset("，,、。；;要将全基力确")


def _closes(found) -> bool:
    """Whether a date found in running text is a limit (…前, …底, …完成, 2025年内), not a mere date."""
    g = found.group
    if not (g("month") or g("quarter") or g("half") or g("yend")):
        return bool(g("year")) and bool(g("before") or g("done") or g("result") or _target_year(found))
        # 2025年前, 2025年内, 2025年完成, 至1998年达到
    if g("day") or (g("month") and not g("mend")) or (g("quarter") and not g("qend")) or g("half"):
        return bool(g("before") and g("before") != "内" or g("done") or g("result"))    # (12月取得明显成效)
    if g("yend") in ("年底", "年末") and not g("year") and not (g("before") or g("done") or g("result")):
        after = found.string[found.end():found.end() + 1]
        return not after or after in YEAR_END_FOLLOWS     # 年底要完成; not 纳入年底效能目标考核 (a name)
    return True                     # 2023年底, 6月底, 三季度末


def _sets_work(text: str, found) -> bool:
    """Whether the sentence a date stands in sets work to be done by it, rather than bounding a condition."""
    end = found.end()
    before = text[max(0, found.start() - 3):found.start()]
    if before.endswith(("至", "截至", "截止", "到")) and not _target_year(found):
        return False                # 自本意见印发之日起至2023年12月31日前: how long a policy runs (至1998年达到…: a target)
    if before.endswith(("每年", "每季度", "每半年", "每月", "去年", "前年", "上年", "年中和", "年初和", "年中、")) \
            or before.endswith("每") and found.group(0).startswith(("年", "月")):       # (每年底前, 每月末)
        return False                # 每年1月31日前报送, 在年中和年末向国务院报告 recur; 去年12月30日… is past
    clause_end = min((i for i in (text.find(ch, end) for ch in "，,。；;") if i >= 0), default=len(text))
    clause = text[end:clause_end]
    if "的" in clause and ("已" in clause or not P.DEADLINE_WORK.search(clause)):
        return False                # 2022年4月25日前购买的 / …前金融机构已发放的: a condition
    sentence_end = min((i for i in (text.find(ch, end) for ch in "。；;") if i >= 0), default=len(text))
    rest = text[end:sentence_end]
    if found.group("done") or found.group("result"):
        return True                 # 2023年底前完成, 12月取得明显成效
    work = P.DEADLINE_WORK.search(rest[:P.DEADLINE_REACH])
    option = P.DEADLINE_OPTION.search(rest[:P.DEADLINE_REACH])
    return work is not None and (option is None or option.start() > work.start())   # 2023年底前，企业可申请…: a window


TARGET_REACHED = ("达到", "实现", "建成", "基本", "全面")   # (完成 is the done group's)


def _target_year(found) -> bool:
    """A year alone, after 至 or 到, that a target is reached in: 至1998年达到2000名, 到2025年基本建成."""
    return bool(found.group("year")) and not found.group("month") and not found.group("quarter") \
        and found.string[max(0, found.start() - 1):found.start()] in ("至", "到") \
        and (bool(found.group("done")) or found.string[found.end():found.end() + 2] in TARGET_REACHED)


def _before_issue(deadline: dict, issued: dt.date | None) -> bool:
    """A dated limit earlier than the document itself (将2005年年底以前…建成的房屋纳入 in a 2015 notice): what it
    bounds happened already; it is no time limit of the work."""
    return issued is not None and deadline["date"] is not None and deadline["date"] < issued.isoformat()


def _dated(found, issued: dt.date | None) -> dict:
    year = cn_int(found.group("year")) if found.group("year") else None     # (2023, 二〇二三 digit by digit)
    raw = found.group(0)
    if found.group("day"):
        month, day = cn_int(found.group("month")), cn_int(found.group("day"))   # (6, 六, 十二)
        return _with_year(raw, year, month, day, "date", issued)
    if found.group("month"):
        month = cn_int(found.group("month"))
        return _with_year(raw, year, month, None, "period_end", issued)
    if found.group("quarter"):
        month = 3 * cn_int(found.group("quarter"))
        return _with_year(raw, year, month, None, "period_end", issued)
    if found.group("half"):
        return _with_year(raw, year, 6 if found.group("half") == "上" else 12, None, "period_end", issued)
    return _with_year(raw, year, 12, None, "period_end", issued)


def _with_year(raw: str, year: int | None, month: int, day: int | None, kind: str, issued: dt.date | None) -> dict:
    if not 1 <= month <= 12:
        return {"raw": raw, "date": None, "kind": kind}
    if year is None:
        if issued is None:
            return {"raw": raw, "date": None, "kind": kind}
        year = issued.year
        last = day or calendar.monthrange(year, month)[1]
        if (month, last) < (issued.month, issued.day):
            year += 1               # 6月底前 in a notice of September: next June
    last_day = calendar.monthrange(year, month)[1]
    day = day or last_day
    if not 1 <= day <= last_day:
        return {"raw": raw, "date": None, "kind": kind}
    return {"raw": raw, "date": f"{year:04d}-{month:02d}-{day:02d}", "kind": kind}


def _relative(found, issued: dt.date | None) -> dict:
    raw = found.group(0)
    count = cn_int(found.group("count"))          # (30, 三十, 两)
    unit = found.group("unit")
    if issued is None or not count:
        return {"raw": raw, "date": None, "kind": "relative"}
    if unit in ("日", "天"):
        due = issued + dt.timedelta(days=count)
    elif unit == "个工作日":
        due, left = issued, count
        while left:
            due += dt.timedelta(days=1)
            left -= due.weekday() < 5
    else:
        months = count * (12 if unit == "年" else 1)
        month0 = issued.month - 1 + months
        year, month = issued.year + month0 // 12, month0 % 12 + 1
        due = dt.date(year, month, min(issued.day, calendar.monthrange(year, month)[1]))
    return {"raw": raw, "date": due.isoformat(), "kind": "relative"}
