"""Deadlines as {raw, date, kind}: real sentences of ../shared (document and line in the comment)."""
from __future__ import annotations

import datetime as dt

import pytest

from policyparse.deadlines import deadline_cell, find_deadline
from policyparse.text import fold

ISSUED = dt.date(2022, 5, 10)


@pytest.mark.parametrize("text, want", [
    ("2022年年底前实现配租入住1万户以上", ("2022年年底前", "2022-12-31", "period_end")),         # w012 L9
    ("2025年底前完成平台建设", ("2025年底前完成", "2025-12-31", "period_end")),
    ("2024年6月30日前完成系统上线", ("2024年6月30日前完成", "2024-06-30", "date")),
    ("6月底前出台具体实施办法", ("6月底前", "2022-06-30", "period_end")),                  # year from the document
    ("3月底前制定实施方案", ("3月底前", "2023-03-31", "period_end")),                      # already past: next year
    ("力争今年二季度前完成项目供地", ("二季度前完成", "2022-06-30", "period_end")),          # w072 L18
    ("要在本意见印发之日起30日内，制定出台具体实施办法", ("本意见印发之日起30日内", "2022-06-09", "relative")),  # w199 L30
    ("于每年7月31日前登录系统申报", ("每年7月31日前", None, "recurring")),                  # w121 L25
    ("每年调整1次", ("每年调整1次", None, "recurring")),
    ("每季度向市政府报送一次工作进展", ("每季度向市政府报送一次", None, "recurring")),
    ("加强监管。（持续推进，牵头考核单位：市委网信办）", ("持续推进", None, "ongoing")),
    ("确保1年内完成合同用量", ("1年内", "2023-05-10", "relative")),                          # w175 L32
    ("争取三年内实现政府性融资担保业务市级全覆盖", ("三年内", "2025-05-10", "relative")),        # w172 L43
    ("力争三年内认定国家级高新技术企业100家", ("三年内", "2025-05-10", "relative")),              # what it sets: 认定, 培育 …
    ("在2—3年内调整到位", ("2—3年内", "2025-05-10", "relative")),                            # w175 L36
    ("教育部门办幼儿园应于5月12日前将本园的招生计划报区教育局审核", ("5月12日前", "2022-05-12", "date")),  # w261 L24
    ("民办幼儿园于6月12日前发出《新生录取通知书》", ("6月12日前", "2022-06-12", "date")),          # w261 L45
    ("各地应于六月底前将落实情况报国家农委备案", ("六月底前", "2022-06-30", "period_end")),          # w200 L14
    ("二〇二三年十二月三十一日前完成清理", ("二〇二三年十二月三十一日前完成", "2023-12-31", "date")),
    ("两年内基本取消全国高速公路省界收费站", ("两年内", "2024-05-10", "relative")),                # w299 L116
    ("对拖欠企业的款项年底前要清偿一半以上", ("年底前", "2022-12-31", "period_end")),              # w299 L136
    ("拓宽公共文化服务领域。（12月取得明显成效，牵头考核单位：市文旅局）", ("12月", "2022-12-31", "period_end")),  # corpus 01 L62
    ("持续扩大企业清单范围，年内扩大到全市企业总数量的10%以上", ("年内", "2022-12-31", "period_end")),    # corpus 29 L35
    ("力争今年内完成改造", ("今年内完成", "2022-12-31", "period_end")),
    ("推进首批3000套配售型保障性住房今年开工建设", ("今年", "2022-12-31", "period_end")),          # w001 L35
    ("加快房源筹建，2022年开工建设配售型保障性住房不少于6000套", ("2022年", "2022-12-31", "period_end")),  # w070 L11
    ("年底要完成改造任务", ("年底", "2022-12-31", "period_end")),
    ("从2023年开始逐年扩招，分3年落实，至2025年达到2000名的招生规模", ("2025年", "2025-12-31", "period_end")),  # w207 L22
    ("到2025年完成全部老旧小区改造", ("2025年完成", "2025-12-31", "period_end")),
    ("各区每年底前报送工作情况", ("每年底前", None, "recurring")),
    ("力争三年内市本级住宅土地供应量增加20%以上", ("三年内", "2025-05-10", "relative")),            # w081 L18
    ("中央政府门户网站力争今年年内推出", ("年内", "2022-12-31", "period_end")),                    # w192 L16
    ("各县市将实施方案于11月底前报州住建局", ("11月底前", "2022-11-30", "period_end")),               # corpus 27 L31
    ("2023年3月底前，全国三级公立医院全部纳入满意度调查平台", ("2023年3月底前", "2023-03-31", "period_end")),  # corpus 06 L32
])
def test_deadlines(text, want):
    found = find_deadline(fold(text), ISSUED)
    assert (found["raw"], found["date"], found["kind"]) == want


def test_a_date_before_the_document_is_no_deadline_of_its_work():
    text = fold("2011年年底前实现配租入住1万户以上")                                    # w012 L9, issued 2011
    assert find_deadline(text, dt.date(2011, 3, 1))["date"] == "2011-12-31"
    assert find_deadline(text, dt.date(2015, 6, 4)) is None
    assert find_deadline(text, None)["date"] == "2011-12-31"


@pytest.mark.parametrize("text", [
    "且5年内不得在本市购买住房",                                           # w091 L11: a sanction, not a limit
    "小微企业招用毕业2年内高校毕业生",                                       # w271 L5: a condition
    "2022年4月25日前，在安阳市区内购买商品住宅的，给予消费补贴",                # w103 L5: a condition
    "2022年12月31日前，商住类项目土地出让保证金按50%确定",                     # w112 L11: a policy window
    "2023年8月31日前金融机构已发放的存量首套住房贷款",                         # w069 L13
    "持续推进“13445工程”，提升城市能级",                                     # w013 L47: a verb in a sentence
    "按照每个子女每月1000元的标准定额扣除",                                   # w193: an amount
    "并于去年12月30日实现首车下线",                                          # w054: past
    "并在年中和年末向国务院报告执行情况",                                      # w202 L61: twice a year
    "粮食产量1979年达到3.3亿吨",                                              # w302 L31: a past figure, no target
    "纳入年底效能目标考核体系，建立督查情况通报制度",                            # w179 L52: a name, not a limit
    "三年内不得上市交易",                                                  # a span, not this year (年内)
    "出售后1年内重新购买住房的",
    "每人每年只享受一次",                                                  # w199 L23: how often, not by when
    "自2021年2月起，市人力资源社会保障局在官方网站发布电子证书",
    "自本意见印发之日起至2023年12月31日前，房地产开发项目新取得的土地可申请分批缴纳",   # w103 L19
    "2023年12月31日前，房地产企业可申请降低装配式建筑配建面积，按每年公布的成本差价缴纳",  # w112 L14: an option
    "将2005年年底以前建成的房屋纳入确权范围",                 # w017 L9: before the document (2022): what is bounded
    "可报名参加广东省每年组织的免费培训",                       # w271 L34: done at a rhythm, named
    "在2022年底前阶段性取消首套住房商业性个人住房贷款利率下限",     # corpus 27: a period the measure runs
])
def test_no_deadline(text):
    assert find_deadline(fold(text), ISSUED) is None


@pytest.mark.parametrize("cell, want", [
    ("2024年12月", ("2024-12-31", "period_end")),
    ("2024年6月底前", ("2024-06-30", "period_end")),
    ("长期坚持", (None, "ongoing")),
    ("持续推进", (None, "ongoing")),
    ("每季度", (None, "recurring")),
    ("按计划推进", (None, None)),
])
def test_time_limit_cells(cell, want):
    found = deadline_cell(fold(cell), ISSUED)
    assert (found["date"], found["kind"]) == want and found["raw"] == cell


@pytest.mark.parametrize("item, raw", [
    ("（一）加强保护。推进建设。（市发展改革委，2023年12月底前）", "2023年12月底前"),     # among the units
    ("（一）加强保护。推进建设。（市发展改革委；长期坚持）", "长期坚持"),
    ("（一）加强保护。推进建设。（责任单位：市发展改革委；完成时限：2023年12月底前）", "2023年12月底前"),   # labelled
    ("（一）加强保护。推进建设。\n完成时限：2025年12月底前", "2025年12月底前"),                        # a line below
    ("（一）加强保护。推进建设。\n责任单位：市发展改革委\n完成时间：2025年", "2025年"),
])
def test_a_time_limit_in_a_tasks_text(item, raw):
    from policyparse import parse_text
    doc = parse_text("某市人民政府办公室关于印发某市知识产权行动方案的通知\n一、重点任务\n" + item + "\n（二）其他工作。推进。（市财政局）\n")
    assert doc.tasks[0].deadline is not None and doc.tasks[0].deadline.raw == raw
