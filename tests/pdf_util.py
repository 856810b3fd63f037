"""A PDF file's bytes from its objects, for the reader tests that write their own PDFs (no corpus needed)."""

from __future__ import annotations


def pdf_bytes(objs: list[bytes]) -> bytes:
    """Objects 1..n (object 1 the catalog) with their cross-reference table and trailer."""
    out = b"%PDF-1.4\n"
    offsets = []
    for k, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{k} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out
