"""Units as data (unitnames.py) and stable task ids (stages/refs.py)."""
from __future__ import annotations

from pathlib import Path

import pytest

from policyparse import parse_text
from policyparse.unitnames import load_aliases, places, unit_refs

PUTUO = {"issuer": "上海市普陀区人民政府办公室"}
XUANCHENG = {"issuer": "宣城市人民政府办公室"}
CENTRAL = {"issuer": "国务院办公厅"}
GUANGDONG = {"issuer": "省政府办公厅", "title": "广东省人民政府办公厅关于印发广东省进一步稳经济若干政策措施的通知"}
TITLE_ONLY = {"title": "北京市人民政府关于加快冰雪运动发展的实施意见"}

CASES = [   # (document, unit as written, canonical, jurisdiction, collective)
    (PUTUO, "区知识产权局", "区知识产权局", "上海市普陀区", False),
    (PUTUO, "市发改委", "市发展和改革委员会", "上海市", False),
    (PUTUO, "上海市发展改革委", "市发展和改革委员会", "上海市", False),
    (PUTUO, "市住建局", "市住房和城乡建设局", "上海市", False),
    (PUTUO, "市住房城乡建设局", "市住房和城乡建设局", "上海市", False),
    (PUTUO, "普陀区财政局", "区财政局", "上海市普陀区", False),
    (PUTUO, "区政府办公室", "区人民政府办公室", "上海市普陀区", False),
    (PUTUO, "各区政府", "各区政府", "上海市普陀区", True),
    (PUTUO, "区知识产权联席会议各成员单位", "区知识产权联席会议各成员单位", "上海市普陀区", True),
    (XUANCHENG, "市文旅局", "市文化和旅游局", "宣城市", False),
    (XUANCHENG, "市经信局", "市经济和信息化局", "宣城市", False),
    (XUANCHENG, "市卫健委", "市卫生健康委员会", "宣城市", False),
    (XUANCHENG, "市市场监管局", "市市场监督管理局", "宣城市", False),
    (CENTRAL, "发展改革委", "发展和改革委员会", "中央", False),
    (CENTRAL, "国家发展改革委", "发展和改革委员会", "中央", False),
    (CENTRAL, "财政部", "财政部", "中央", False),
    (CENTRAL, "市场监管总局", "市场监督管理总局", "中央", False),
    (CENTRAL, "国务院相关部门", "国务院相关部门", "中央", True),
    (CENTRAL, "各地区", "各地区", "中央", True),
    (CENTRAL, "市发改委", "市发展和改革委员会", None, False),      # each city's: no one place
    (TITLE_ONLY, "市体育局", "市体育局", "北京市", False),
    (TITLE_ONLY, "区政府", "区人民政府", None, False),              # which district is not said
    (GUANGDONG, "商务厅", "省商务厅", "广东省", False),            # the document's own office, no prefix written
    (GUANGDONG, "发展改革委", "省发展和改革委员会", "广东省", False),
    (GUANGDONG, "省商务厅", "省商务厅", "广东省", False),
    (GUANGDONG, "广州海关", "广州海关", None, False),               # a name of its own, not an office of the table
    (GUANGDONG, "各地级以上市人民政府", "各地级以上市人民政府", "广东省", True),
    (CENTRAL, "各有关省级人民政府", "各有关省级人民政府", "中央", True),
    (PUTUO, "园区管委会", "园区管理委员会", None, False),           # 园区 is no place
    ({}, "人行泸州市分行", "人行泸州市分行", None, False),          # a bank's branch, not a place
    ({}, "北京经济技术开发区管委会", "北京经济技术开发区管理委员会", None, False),
]


@pytest.mark.parametrize("meta, name, canonical, jurisdiction, collective", CASES)
def test_unit_ref(meta, name, canonical, jurisdiction, collective):
    ref = unit_refs([name], meta)[0]
    assert (ref["name"], ref["canonical"], ref["jurisdiction"], ref["collective"]) == \
        (name, canonical, jurisdiction, collective)


def test_an_alias_never_crosses_a_jurisdiction():
    shanghai = unit_refs(["市发改委"], {"issuer": "上海市人民政府"})[0]
    beijing = unit_refs(["市发改委"], {"issuer": "北京市人民政府"})[0]
    assert shanghai["canonical"] == beijing["canonical"]
    assert (shanghai["jurisdiction"], beijing["jurisdiction"]) == ("上海市", "北京市")


@pytest.mark.parametrize("text, found", [
    ("上海市普陀区人民政府办公室", ["上海市", "普陀区"]),
    ("三明市沙县区人民政府", ["三明市", "沙县区"]),
    ("德宏州人民政府办公室", ["德宏州"]),
    ("广西壮族自治区人民政府", ["广西壮族自治区"]),
    ("市场监管总局", []),
    ("北京经济技术开发区管理委员会", []),
    ("县区人民政府", []),
])
def test_places(text, found):
    assert [name for name, _ in places(text)] == found


def test_a_user_table_wins(tmp_path):
    table = tmp_path / "u.yaml"
    table.write_text("stems:\n  发展和改革: [发展改革]\nnames:\n  大数据管理局: [数据局]\n", encoding="utf-8")
    aliases = load_aliases(table)
    assert unit_refs(["市数据局"], PUTUO, aliases)[0]["canonical"] == "市大数据管理局"
    assert unit_refs(["市数据局"], PUTUO)[0]["canonical"] == "市数据局"


SAMPLE = Path(__file__).parent.parent / "samples" / "000_629d52ffcafbc905.txt"


def test_task_ids_do_not_move_when_an_item_is_repeated():
    text = SAMPLE.read_text(encoding="utf-8")
    before = parse_text(text)
    task = before.tasks[5]
    start = text.rfind("\n", 0, task.span.start) + 1
    end = text.find("\n", task.span.end)
    end = len(text) if end < 0 else end
    after = parse_text(text[:end] + "\n" + text[start:end] + text[end:])
    old = [t.id for t in before.tasks]
    new = [t.id for t in after.tasks]
    assert len(new) > len(old) and set(old) <= set(new)
    assert len(set(new)) == len(new)


def test_task_ids_do_not_move_when_an_item_is_added_elsewhere():
    text = SAMPLE.read_text(encoding="utf-8")
    before = parse_text(text)
    last = before.tasks[-1]
    end = text.find("\n", last.span.end)
    end = len(text) if end < 0 else end
    after = parse_text(text[:end] + "\n（一百）新增的一项工作。（区财政局）" + text[end:])
    assert {t.id for t in before.tasks} <= {t.id for t in after.tasks}


def test_parts_point_at_their_parent_by_the_new_id():
    doc = parse_text("一、加强协同\n（一）完善机制，加强衔接。（市发展改革委牵头，市财政局参与）健全制度，做好统计。（市统计局负责）\n")
    parent, *parts = doc.tasks
    assert parts and all(p.parent_id == parent.id for p in parts)
    assert parent.id.startswith("t-") and len({t.id for t in doc.tasks}) == len(doc.tasks)
