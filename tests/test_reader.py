"""Decoding drafts: UTF-8 (BOM or not), UTF-16, GB18030 and friends; clear errors otherwise."""

from __future__ import annotations

import pytest

from poa_lint.reader import InputError, decode, expand_paths, read_source

TEXT = "Root cause：我们的员工 did not check the seal.\r\nWe removed it on 5 May.\n"


@pytest.mark.parametrize("encoding, label", [
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("utf-16", "utf-16"), ("gb18030", "gb18030"),
])
def test_decodes_exactly(encoding, label):
    source = decode(TEXT.encode(encoding), "draft.txt")
    assert source.text == TEXT and source.encoding == label


def test_utf16_without_bom():
    assert decode("We removed the listing.\n".encode("utf-16-le"), "d.txt").text == "We removed the listing.\n"


def test_gbk_with_only_a_few_chinese_characters():
    text = "Dear team,\nOur supplier 深圳市百宇电子有限公司 sent the wrong box. We removed the listing.\n" * 3
    assert decode(text.encode("gbk"), "d.txt").text == text


@pytest.mark.parametrize("data, problem", [
    (b"", "empty file"), (b"  \n\n", "empty file"),
    (bytes(range(256)) * 8, "binary file"), (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00\xff" * 300, "binary"),
])
def test_rejects_empty_and_binary(data, problem):
    with pytest.raises(InputError) as err:
        decode(data, "x.txt")
    assert problem in str(err.value) and str(err.value).startswith("x.txt: ")


def test_missing_paths_and_directories(tmp_path):
    (tmp_path / "a.txt").write_text("Root cause: x.", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text("Root cause: y.", encoding="utf-8")
    (tmp_path / "sub" / "c.pdf").write_bytes(b"%PDF")
    assert list(expand_paths([str(tmp_path)])) == [str(tmp_path / "a.txt"), str(tmp_path / "sub" / "b.md")]
    with pytest.raises(InputError, match="no such file"):
        read_source(str(tmp_path / "nope.txt"))
    (tmp_path / "link.txt").symlink_to(tmp_path / "gone.txt")
    with pytest.raises(InputError, match="broken symbolic link"):
        read_source(str(tmp_path / "link.txt"))
