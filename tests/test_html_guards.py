"""The HTML reader's cheap guards decide as the patterns they stand before."""
from __future__ import annotations

from pathlib import Path

from policyparse.readers.html import NOT_XML, _xml_page

# Every character whose UTF-8 the guard reads apart: ASCII and controls, Hangul and the surrogates (lead byte ED),
# the fullwidth forms and the noncharacters (EF BF …), a few CJK and a four-byte one.
CHARACTERS = [chr(code) for code in (*range(0x100), *range(0xD000, 0xE000), *range(0xFF00, 0x10000),
                                     0x4E2D, 0x3000, 0x1F600, 0x10FFFF)]


def test_xml_text_removes_what_not_xml_removes():
    for character in CHARACTERS:
        for page in (character, f"<p>关于{character}通知</p>"):
            assert _xml_page(page)[0] == NOT_XML.sub("", page), hex(ord(character))


def test_xml_text_keeps_a_clean_page_as_it_is():
    page = "<html><body><p>关于印发￥100的通知，（一）</p>\n\t</body></html>"
    assert _xml_page(page)[0] is page


def test_a_broken_page_keeps_its_title_and_body():
    """Lines of a real page (corpus 26) shuffled, as a truncated or mangled save leaves them: libxml2's tree then
    hides elements from iter() that xpath still finds, so the title and the body are looked up by xpath."""
    from policyparse import parse_text

    page = (Path(__file__).parent / "data" / "shuffled_page.html").read_text(encoding="utf-8")
    doc = parse_text(page)
    assert doc.meta.title == "泸州拟出台楼市新政14条，涉及公积金、购房补助、团购优惠等！"
