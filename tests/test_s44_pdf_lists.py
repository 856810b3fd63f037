"""Round 42 (the LinuxCNC manual, a PDF): list items ran together and into the sentence after them ("• Blowback start
... • A Machine torch is preferred ...", "1. Current sensing ..., 2. a float switch ... 3. an ohmic sensing circuit
... Current sensing is not a viable technique ..."), where the HTML reader keeps each ``<li>`` a block of its own."""

from __future__ import annotations

from proda.ingest.readers_pdf import _pdf_blocks


def _blocks(lines: list[str]) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in _pdf_blocks([lines], [])]


def test_bulleted_lines_open_list_items():
    got = _blocks([
        "An entry level machine should have the following features:",
        "• Blowback start, which keeps electrical interference low in",
        "the controller and the computer",
        "• A machine torch with a straight barrel",
        "• A fully shielded torch tip to allow ohmic sensing",
        "Higher end machines supply more of these features and a higher duty cycle than the entry",
        "level ones do.",
    ])
    assert ("list_item", "Blowback start, which keeps electrical interference low in the controller and the "
                         "computer") in got, got
    assert ("list_item", "A machine torch with a straight barrel") in got
    assert got[0] == ("paragraph", "An entry level machine should have the following features:")


def test_numbered_lines_open_list_items_only_in_sequence():
    got = _blocks([
        "There are three ways of sensing the material:",
        "1. Current sensing, which detects increased motor torque.",
        "2. A float switch on the torch that opens as the torch slides up",
        "when it touches the material.",
        "3. An ohmic circuit that closes when the shield touches the plate.",
    ])
    items = [t for k, t in got if k == "list_item"]
    assert items == ["Current sensing, which detects increased motor torque.",
                     "A float switch on the torch that opens as the torch slides up when it touches the material.",
                     "An ohmic circuit that closes when the shield touches the plate."], got
    # a sentence wrapped before a number is one paragraph: "7." follows no item 6
    got = _blocks(["The tolerance of the cut was raised from 0.5 mm to about", "7. The next test used 2 mm."])
    assert [k for k, _ in got] == ["paragraph"], got


def test_an_admonitions_label_on_a_line_of_its_own_starts_the_note_without_it():
    # DocBook sets "Note" beside the note: "note Switching kinematics | can cause | ..." (round 42's sample)
    got = _blocks(["The motion controller reads the joint positions of the machine.", "Note",
                   "Switching kinematics can cause sudden changes of joint positions.",
                   "Note that the offsets stay in effect after a reset."])
    assert ("paragraph", "Switching kinematics can cause sudden changes of joint positions. Note that the offsets stay "
                         "in effect after a reset.") in got, got
    assert not any(t.startswith("Note Switching") or t.endswith("machine. Note") for _, t in got)


def test_a_caption_set_inside_a_paragraph_follows_it_as_a_paragraph_of_its_own():
    # "... equals the area of the tilted inner square plus the Figure 1.1: A right triangle." (applied-math PDF)
    got = _blocks(["the area of the large outer square equals the area of the tilted inner square plus the",
                   "Figure 1.1: A right triangle.", "areas of the four triangles.",
                   "Table 2.1 lists several arithmetical rules, each of which applies to real numbers."])
    assert got == [("paragraph", "the area of the large outer square equals the area of the tilted inner square plus "
                                 "the areas of the four triangles."),
                   ("paragraph", "Figure 1.1: A right triangle."),
                   ("paragraph", "Table 2.1 lists several arithmetical rules, each of which applies to real numbers.")], got
