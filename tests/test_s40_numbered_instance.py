"""Round 38 blind reject: a chain cut from the page's worked example ("bash clones itself again, leading to a new
bash process with pid #4522. Since it is also a child process of #4374, ...") tells that run, not a process."""

from chains_util import chains_of

RUN = ("The shell creates a pipe. A similar operation happens for the second command: bash clones itself again, "
       "leading to a new bash process with pid #4522. Since it is also a child process of #4374, it also inherits the "
       "pipe; bash then connects its standard input to the pipe output.")
# the same run without the numbered instances stays a chain
PLAIN = RUN.replace("with pid #4522", "with a pid of its own").replace("of #4374", "of the shell")


def test_a_chain_through_a_numbered_instance_is_refused(nlp):
    assert chains_of(nlp, RUN, "Inter-Process Communications") == []


def test_the_same_run_without_numbered_instances_stays(nlp):
    assert chains_of(nlp, PLAIN, "Inter-Process Communications") != []


def test_the_numbered_instance_check_reads_hash_numbers():
    from proda.ingest.extract.clause_claims import numbered_instance
    from proda.ingest.extract.nlp import load_nlp

    nlp = load_nlp()
    assert numbered_instance(next(nlp("It leads to a new bash process with pid #4522.").sents))
    assert numbered_instance(next(nlp("It is item # 12 of the list.").sents))
    assert not numbered_instance(next(nlp("It leads to a new bash process with its own pid.").sents))


def _gate(row):
    from proda.train.items.cloze import Quotes, blank_or_refusal
    from tests.test_train_items_cloze import kb_of

    kb = kb_of([row])
    return blank_or_refusal(kb, kb.statements[0], Quotes(kb.statements))


def test_a_cloze_on_a_run_of_the_worked_example_is_refused():
    # round 38 post: a training item was cut from the same example sentence
    assert _gate(("bash", "connects", "standard input to the pipe output",
                  "Since it is also a child process of #4374, it also inherits the pipe; bash then connects its "
                  "standard input to the pipe output.")) == "cloze:numbered_instance"
    assert _gate(("the kernel", "allocates", "a new process memory space",
                  "The kernel allocates a new process memory space for the child process.")) != \
        "cloze:numbered_instance"
