"""The statements one sentence can stand behind: its dependency frames (:mod:`frames`) less those a sentence-level
check drops.

Why a module of its own: the offline extractor (:mod:`offline`) reads a chunk; what makes ONE sentence's frame a
claim (a heading, a view without its holder, a limit the frame loses: :mod:`hedges`, :mod:`scope`, :mod:`cuts`)
is the same for chains' neighbours, the audit re-runs (benchmarks/statements_audit.py) and the tests, which call
:func:`sentence_frames` directly.
"""

from __future__ import annotations

from proda.ingest.extract.attribution import attribution_of, attributions, quoted_passage, reports, \
    restated_holder, under_a_held_view
from proda.ingest.extract.asides import clause_past_aside
from proda.ingest.extract.clause_joins import imperative_question, second_complement, symbol_stop_inside
from proda.ingest.extract.conditioned import conditioned
from proda.ingest.extract.cuts import bracket_label, claim_cut, figure_label, name_cut
from proda.ingest.extract.denied import denied_clause, negated_focus
from proda.ingest.extract.frames import frames
from proda.ingest.extract.hedges import heading_like, illustration, keeps_scope, restriction_dropped
from proda.ingest.extract.instance_before import instance_before
from proda.ingest.extract.joint_acts import names_together
from proda.ingest.extract.lead_ins import under_lead_in
from proda.ingest.extract.left_out import bracketed_hedge, bracketed_negation, condition_relative, counted_members, \
    deictic_scope, example_which, participle_subject, quantified_relative, range_left_out
from proda.ingest.extract.limits import loses_limit
from proda.ingest.extract.listed import listed_holder
from proda.ingest.extract.argument_tails import skipped_phrase
from proda.ingest.extract.narrative import cut_mid_word, far_preposition, parts_of_a_whole, range_cut, \
    story_or_misread, text_cut_at_hyphen
from proda.ingest.extract.placement import unplaced
from proda.ingest.extract.point_cuts import point_cut
from proda.ingest.extract.possession import possession_cut, possession_polarity
from proda.ingest.extract.purposes import purpose_joined
from proda.ingest.extract.complex_preps import preposition_cut
from proda.ingest.extract.cross_refs import cross_reference
from proda.ingest.extract.misparsed_reports import misreported
from proda.ingest.extract.misread_participles import (base_form_conjunct, equative_gerund, no_verb_word,
                                                      participle_as_main, stranded_list_member, agent_without_object)
from proda.ingest.extract.misread_verbs import (asyndetic_conjunct, bare_verb_after_comma, for_clause, list_head_as_verb,
                                               noun_read_as_adverb, number_mismatch, participle_without_auxiliary, plural_noun_pair,
                                               plural_word_as_name, splice_of, subjectless_verb_after, tense_split_conjunct,
                                               verb_as_subject, verb_joined_to_noun)
from proda.ingest.extract.reduced_relative import subclass_participle
from proda.ingest.extract.remarks import taste, unnamed_referent, writer_speaks
from proda.ingest.extract.readable import disjunction, glued_heading, inside_view, note_fragment, relative_left_out, \
    verb_misread
from proda.ingest.extract.scope_limits import complement_cut, fronted_scope, modifier_cut
from proda.ingest.extract.shown import done_to_one, example_clause, picture_shows, subject_after_object
from proda.ingest.extract.slips import act_which, adjective_object, adjective_pair_as_verb, adverb_led_conjunct, \
    clause_which, event_which, indirect_question, modifier_list_cut, participle_after_relative, passive_relative, \
    quantifier_flipped, subordinate_root, verb_swallowed
from proda.ingest.extract.stray_modifier import swallowed_predicate
from proda.ingest.extract.told import told_elsewhere
from proda.ingest.extract.wholes import joined_parts


def raw_frames(sent, att: dict[int, str] | None = None) -> list:
    """The dependency frames of ``sent`` before any sentence-level check (``att``: its :func:`attributions`, computed
    when not given): what :func:`sentence_frames` filters, and benchmarks/statement_gates.py counts."""
    att = attributions(sent) if att is None else att
    return frames(sent, frozenset(i for i in att if reports(sent.doc[i])))


_LITERALS = ("True", "False", "None")


def literal_argument(fr) -> bool:
    """An argument that is a program's literal value alone: "Defaults to False, which causes the trajectory file to
    be overwritten ..." gave "False | causes | trajectory file ..." (round 35's parameter text, read as prose since
    the reader stopped reading parameter lists as glossaries): the value of one parameter, no thing of the subject."""
    return fr.subject in _LITERALS or fr.object in _LITERALS


def paired_quotes(text: str) -> str:
    """``text`` without a curly double quotation mark whose partner it does not hold: "Private” instance variables"
    (blind round 39: the argument began after the sentence's opening “) reads "Private instance variables".  Not
    "‘ ’": a "’" is also the apostrophe ("the file’s contents")."""
    if text.count("“") == text.count("”"):
        return text
    last_close = text.rfind("”")
    out, depth = [], 0
    for k, ch in enumerate(text):
        if ch == "“":
            if k > last_close:
                continue  # never closed
            depth += 1
        elif ch == "”":
            if depth == 0:
                continue  # never opened
            depth -= 1
        out.append(ch)
    return " ".join("".join(out).split())


def sentence_frames(sent) -> list[tuple]:
    """(frame, holder) of one sentence that can stand as a claim: a heading gives none ("Political Behavior Is Human
    Behavior"), a view needs a holder named in the sentence (not "according to this belief"; holder "" = the book's
    own claim), and each frame keeps its scope (:mod:`hedges`).  Termhood is checked by the caller."""
    if heading_like(sent) or glued_heading(sent) or note_fragment(sent) or quoted_passage(sent) or illustration(sent):
        return []  # "Lattice Energy Comparisons The precious gem ruby is ...": the heading is no subject
    if writer_speaks(sent):
        return []  # "... have persuaded me that the leap justifies the risk": the writer's aside (remarks.py)
    if imperative_question(sent):
        return []  # "Predict which forms an anion, which ...": an exercise asks, states nothing (clause_joins.py)
    if under_lead_in(sent):
        return []  # "For a backup to be restorable, ...: / The archive must include ...": holds under the lead-in
    att = attributions(sent)
    out = []
    fs = raw_frames(sent, att)
    drop, joined = joined_parts(sent, fs, parts_of_a_whole(fs))  # "consists of A and B": one frame, both parts
    listed = listed_holder(sent) if fs else None  # "First, ... Finally, X": the list's holder (listed.py)
    restated = restated_holder(sent) if fs else None  # "X argued that ... . That is, ...": X's view
    kept = [f for k, f in enumerate(fs) if k not in drop] + joined
    for fr in [p for p in (purpose_joined(sent, f) for f in kept) if p]:  # None: a purpose it cannot carry
        holder = attribution_of(sent.doc[fr.verb], att)
        holder = listed if holder is None else holder
        holder = restated if holder is None else holder
        if holder != "" and keeps_scope(fr, sent) and not verb_misread(sent.doc[fr.verb]) and not literal_argument(fr) \
                and not inside_view(sent.doc[fr.verb]) and not disjunction(sent.doc[fr.verb]) \
                and not unplaced(sent.doc[fr.verb], fr.subject) and not story_or_misread(sent.doc[fr.verb]) \
                and not cut_mid_word(sent, fr.end) and not range_cut(sent, fr.object) \
                and not preposition_cut(sent, fr.verb, fr.object) and not misreported(sent.doc[fr.verb]) \
                and not text_cut_at_hyphen(sent, fr.subject) and not text_cut_at_hyphen(sent, fr.object) \
                and not relative_left_out(sent.doc[fr.verb], fr.object) \
                and not (fr.rule.startswith("phrasal") and (far_preposition(sent.doc[fr.verb], fr.predicate)
                                                            or skipped_phrase(sent.doc[fr.verb], fr.predicate))) \
                and not claim_cut(sent.doc[fr.verb], fr.predicate, fr.object) and not loses_limit(sent, fr) \
                and not clause_past_aside(sent.doc[fr.verb], fr.end) and not verb_swallowed(sent.doc[fr.verb]) \
                and not modifier_list_cut(sent.doc[fr.verb]) and not clause_which(sent.doc[fr.verb]) \
                and not names_together(sent.doc[fr.verb]) and not adjective_object(sent, fr.object, fr.verb) \
                and not quantifier_flipped(sent.doc[fr.verb]) and not passive_relative(sent, fr) \
                and not told_elsewhere(sent, fr) and not adjective_pair_as_verb(sent.doc[fr.verb]) \
                and not participle_after_relative(sent.doc[fr.verb]) and not event_which(sent.doc[fr.verb]) \
                and not act_which(sent.doc[fr.verb]) and not indirect_question(sent.doc[fr.verb]) \
                and not adverb_led_conjunct(sent, fr.start) and not subordinate_root(sent.doc[fr.verb]) \
                and not under_a_held_view(sent.doc[fr.verb]) and not possession_cut(sent.doc[fr.verb], fr.object) \
                and not subclass_participle(sent.doc[fr.verb]) and not range_left_out(sent, fr) \
                and not bracketed_hedge(sent, fr) and not example_which(sent.doc[fr.verb]) \
                and not (deictic_scope(sent, fr) and not holder) and not condition_relative(sent.doc[fr.verb]) \
                and not quantified_relative(sent.doc[fr.verb]) \
                and not participle_subject(sent, fr) and not bracketed_negation(sent, fr) \
                and not unnamed_referent(sent, fr) and not taste(sent, fr) \
                and not second_complement(sent, fr) and not symbol_stop_inside(sent, fr) \
                and not swallowed_predicate(sent.doc[fr.verb]) \
                and not denied_clause(sent.doc[fr.verb]) and not negated_focus(sent.doc[fr.verb]) \
                and not point_cut(sent, fr) and not splice_of(sent.doc[fr.verb]) \
                and not verb_as_subject(sent.doc[fr.verb]) and not verb_joined_to_noun(sent.doc[fr.verb]) \
                and not bare_verb_after_comma(sent.doc[fr.verb]) and not number_mismatch(sent.doc[fr.verb]) \
                and not asyndetic_conjunct(sent.doc[fr.verb]) and not tense_split_conjunct(sent.doc[fr.verb]) \
                and not list_head_as_verb(sent.doc[fr.verb]) and not plural_noun_pair(sent.doc[fr.verb]) \
                and not for_clause(sent.doc[fr.verb]) and not noun_read_as_adverb(sent.doc[fr.verb]) \
                and not participle_without_auxiliary(sent.doc[fr.verb]) and not plural_word_as_name(sent.doc[fr.verb]) \
                and not instance_before(sent, fr) and not cross_reference(fr, sent.doc) \
                and not counted_members(sent, fr) and not subjectless_verb_after(sent, fr) \
                and not conditioned(sent, fr) and not participle_as_main(sent.doc[fr.verb]) \
                and not agent_without_object(sent.doc[fr.verb]) \
                and not base_form_conjunct(sent.doc[fr.verb]) and not stranded_list_member(sent.doc[fr.verb]) \
                and not equative_gerund(sent.doc[fr.verb]) and not example_clause(sent.doc[fr.verb]) \
                and not picture_shows(sent.doc[fr.verb]) and not subject_after_object(sent, sent.doc[fr.verb]) \
                and not done_to_one(sent.doc[fr.verb]) \
                and not no_verb_word(sent.doc[fr.verb]):  # "no society existed where X"; "If X, ... check that Y"
            fr = possession_polarity(sent.doc[fr.verb], fr)  # "have no X": does not have X; "have few X": refused
            if fr is None:
                continue
            # "In Brazil, ...": carried in the subject; a passive's setting is its object already (passive_settings)
            limit = fronted_scope(sent.doc[fr.verb], fr.start) if fr.rule != "passive_setting" else ""
            if holder and limit and limit.lower().startswith(f"for {holder.lower()}"):
                limit = ""  # "For Mead, the self ...": the holder (attribution._fronted_people), not a scope
            if limit is None or name_cut(sent.doc[fr.verb], fr.subject, fr.object) \
                    or figure_label(sent.doc[fr.verb], fr.subject, fr.object) \
                    or bracket_label(sent.doc[fr.verb], fr.subject, fr.object) \
                    or complement_cut(sent.doc[fr.verb], fr.predicate, fr.object) \
                    or modifier_cut(sent.doc[fr.verb], fr.subject) \
                    or (fr.rule == "passive" and modifier_cut(sent.doc[fr.verb], fr.object)) \
                    or restriction_dropped(sent.doc[fr.verb], fr, limit):  # its object: "Attitudes"; hedges.py
                continue
            subject, obj = paired_quotes(fr.subject), paired_quotes(fr.object)
            if (subject, obj) != (fr.subject, fr.object):
                fr = fr.model_copy(update={"subject": subject, "object": obj})
            out.append((fr.model_copy(update={"subject": f"{fr.subject} {limit}", "scope": limit}) if limit else fr,
                        holder or ""))
    return out
