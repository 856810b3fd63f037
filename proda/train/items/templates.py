"""Question templates of the open items, shared by the definition items (``definitions``) and the other
generators (``generators``)."""

OPEN_TEMPLATES = {
    "definition": ["What {be} {name}?", "Define {name}.", "What does the term \"{name}\" mean?"],
    # a genus-and-differentia sentence answers what kind of thing X is; "What is X?" asks for its meaning, which a
    # property ("a lifelong process that reoccurs ...") does not give
    "kind": ["What kind of thing {be} {s}?"],
    "function": ["What {does} {s} {base}?", "Name what {s} {verb}, according to the text."],
    "mechanism": ["How {does} {s} affect {o}?", "What is the causal relation between {s} and {o}?",
                  "Explain the effect of {s} on {o}."],
    "requires": ["What {does} {s} {base}, according to the text?"],
    "comparison": ["What do {a} and {b} have in common?", "How are {a} and {b} alike?"],
}
