"""Templates of the hard labelled set (see anonymizer_cases.py): (category, who the first
student must be, text). Slots: {F} {f} {FU} the first student's first name as written, lower,
upper; {L} {l} {LU} the surname; {I} {i} the initial; {F0} {f0} {L0} {l0} without accents;
{u} {uf} the surname / first name as a user name; {N} {n} a nickname; {LA}-{LB} the surname cut
in two; {O} {o} {OL} another student; {TI} an instructor's surname; {X} {x} {XU} {Y} {XL} people
not on the roster; {FAM} a famous scientist; {S} {T} a sentence of course content; {d} digits.

HELD_OUT was written before the anonymizer was tuned and is only measured, never tuned on.
"""


def _literal(text: str) -> str:
    """Keep the {{word}} marks through str.format."""
    return text.replace("{{", "{{{{").replace("}}", "}}}}")


WORD_NOT_NAME = [  # (name, texts using the word as a word)
    ("Summer", ["In {{Summer}} 2024 I took the data structures course. {S}",
                "The {{summer}} project used a priority queue, as {{Summer}} 2023 did."]),
    ("Rose", ["The error rate {{rose}} sharply when the cache was full.",
              "My grandmother grows {{rose}} bushes, but {S}"]),
    ("Hope", ["{{Hope}} is not a plan, so I tested every branch.", "I {{hope}} the hash spreads keys evenly."]),
    ("Bill", ["Like the {{Bill}} of Rights, the spec lists what the function may not do.",
              "{{Bill}} the client only after the tests pass."]),
    ("Grace", ["The parser handles errors with {{grace}} under pressure.", "We got a {{grace}} period of two days."]),
    ("Mark", ["{{Mark}} the answer that uses a stack. {S}", "The {{mark}} scheme gives points for the base case."]),
    ("Art", ["The {{Art}} of Computer Programming covers this. {S}", "Writing clean loops is an {{art}}."]),
    ("Faith", ["I have {{faith}} in the compiler, but {S}", "Acting in good {{faith}}, I cited every source."]),
    ("Will", ["{{Will}} the loop terminate? Yes, because n shrinks.", "Recursion {{will}} grow the stack."]),
    ("June", ["In {{June}} we studied graphs. {S}", "The deadline is {{June}} 3."]),
    ("Joy", ["It was a {{joy}} to debug this. {S}", "Pure {{joy}}: the tests passed."]),
    ("Dawn", ["I worked until {{dawn}} on the proof.", "The {{dawn}} of computing saw no recursion."]),
    ("Pat", ["A {{pat}} on the back for the base case. {S}", "The answer was too {{pat}} to be right."]),
    ("Jack", ["A {{jack}} of all trades writes every sort. {S}", "I used a {{jack}} to lift the car."]),
    ("Ray", ["A {{ray}} tracer uses recursion for reflections.", "Cast a {{ray}} from the camera."]),
    ("Iris", ["The {{iris}} data set has three classes. {S}", "Load the {{Iris}} data set first."]),
    ("Frank", ["To be {{frank}}, this answer is weak.", "A {{frank}} review of the code found two bugs."]),
    ("Penny", ["It did not cost a {{penny}} to run. {S}", "A {{penny}} saved is a {{penny}} earned."]),
]
MORE_WORD_NOT_NAME = [  # dev only, added while tuning
    ("May", ["{{May}} the best algorithm win. {S}", "In {{May}} we covered heaps."]),
    ("Summer", ["{{Summer}} break is when I practised recursion.", "Over the {{summer}} I read about graphs."]),
    ("Mark", ["{{Mark}} my words: {S}", "Full {{marks}} need a base case and a {{mark}} for style."]),
    ("Hope", ["{{Hope}} you like it. {S}", "There is {{hope}} for the greedy version."]),
]

DEV = [
    # Lower case and capitals
    ("lowercase", "", "[[{f}]] and me worked on part b together. {S}"),
    ("lowercase", "", "my partner is [[{f}]]. {S}"),
    ("lowercase", "", "i'm [[{f}]] and this is my answer. {S}"),
    ("lowercase", "", "{S} asked [[{f} {l}]] about it first."),
    ("lowercase", "", "{S}\n-- [[{f}]]"),
    ("lowercase", "word", "my partner is [[{f}]] and we split the work. {S}"),
    ("lowercase", "word", "i'm [[{f}]] btw. {S}"),
    ("lowercase", "word", "hi [[{f}]], {S}"),
    ("allcaps", "", "[[{FU}]] said the loop is O(n). {S}"),
    ("allcaps", "", "WRITTEN BY [[{FU} {LU}]]. {S}"),
    ("allcaps", "word", "[[{FU}]] said the loop runs n times. {S}"),
    ("allcaps", "", "{S} Ask [[{LU}]] if unsure."),
    # Name-words used as names
    ("wordname", "word", "I'm [[{F}]] and I chose merge sort. {S}"),
    ("wordname", "word", "My partner is [[{F}]]. {S}"),
    ("wordname", "word", "I worked with [[{F}]] on this one. {S}"),
    ("wordname", "word", "{S}\nThanks,\n[[{F}]]"),
    ("wordname", "word", "Hi [[{F}]], {S}"),
    ("wordname", "word", "{S} I asked [[{F}]] about the heap."),
    ("wordname", "word", "[[{F} {L}]] wrote this. {S}"),
    ("wordname", "word", "{S} [[{F}]] and I disagree on the pivot."),
    # Initials
    ("initials", "", "Submitted by [[{I}. {L}]]. {S}"),
    ("initials", "", "[[{L} {I}.]] - answer to question two. {S}"),
    ("initials", "", "{S} Reviewed by [[{L}, {I}.]]"),
    ("initials", "", "[[{i}. {l}]] here. {S}"),
    # Nicknames
    ("nickname", "nick", "[[{N}]] helped me with the proof. {S}"),
    ("nickname", "nick", "{S} Thanks to [[{N}]] for the hint."),
    ("nickname", "nick", "my partner is [[{n}]]. {S}"),
    ("nickname", "nick", "[[{N} {L}]] wrote part (a). {S}"),
    # Split across lines
    ("split", "", "Name: [[{F}\n{L}]]\n{S}"),
    ("split", "", "{S} This part was written by [[{F}]]\n[[{L}]] and checked twice."),
    ("split", "", "Written by [[{LA}-\n{LB}]], who tested it. {S}"),
    # URLs, handles
    ("url_handle", "", "My code is at [[github.com/{uf}{u}]]. {S}"),
    ("url_handle", "", "See [[https://{uf}-{u}.github.io/notes]] for more. {S}"),
    ("url_handle", "", "DM me [[@{uf}{u}]] on Slack. {S}"),
    ("url_handle", "", "{S} (ping [[@{i}{u}]] if it breaks)"),
    ("url_handle", "", "My username is [[{i}{u}{d}]]. {S}"),
    # E-mails, plain and obfuscated
    ("email", "", "Mail [[{uf}.{u}@uni.edu]] with questions. {S}"),
    ("email", "", "Contact [[{i}{u} AT school DOT edu]]. {S}"),
    ("email", "", "{S} Reach me at [[{uf} [at] {u} [dot] com]]."),
    ("email", "", "My email: [[{uf}.{u}(at)uni(dot)edu]]. {S}"),
    ("email", "", "write to [[{i}{u} at gmail dot com]] if needed. {S}"),
    # Non-English names written without accents, or transliterated
    ("non_english", "intl", "[[{f0}]] and I wrote this. {S}"),
    ("non_english", "intl", "[[{F0} {L0}]] did the proof. {S}"),
    ("non_english", "intl", "{S} Checked by [[{F}]]."),
    ("non_english", "intl", "[[{FU}]] wrote the pseudocode. {S}"),
    # Possessives
    ("possessive", "", "[[{F}]]'s proof uses induction. {S}"),
    ("possessive", "", "{S} I used [[{l}]]'s notes."),
    ("possessive", "word", "[[{F}]]'s answer was shorter. {S}"),
    ("possessive", "", "[[{F} {L}]]’s idea was a heap. {S}"),
    # People not on the roster
    ("outsider", "", "My mom [[{X}]] helped me understand recursion. {S}"),
    ("outsider", "", "{S} My friend [[{X}]] explained heaps to me."),
    ("outsider", "", "I studied with my roommate [[{X} {XL}]]. {S}"),
    ("outsider", "", "Mr. [[{XL}]] taught us this in high school. {S}"),
    ("outsider", "", "my brother [[{x}]] says {S}"),
    ("outsider", "", "[[{X}]] and I stayed up late. {S}"),
    # Mixed and plain
    ("plain", "", "[[{F} {L}]] and [[{O} {OL}]] worked together. {S}"),
    ("plain", "", "Professor [[{TI}]] asked for a proof. {S}"),
    ("plain", "", "{S} Student: [[{F} {L}]], id [[S1234567]]."),
    # Course content with famous names that must stay
    ("famous", "", "{{{{{FAM}}}}}'s method is the standard one here. {S}"),
    ("famous", "", "We proved it the way {{{{{FAM}}}}} did. {S}"),
    # Harder: more spellings and contexts
    ("lowercase", "", "ok so [[{f}]] and i both got 4. {S}"),
    ("lowercase", "", "{S} asked [[{o}]] and [[{f}]] for help"),
    ("wordname", "word", "[[{F}]] thinks the pivot matters. {S}"),
    ("wordname", "word", "As [[{F}]] pointed out, {S}"),
    ("wordname", "word", "{S} Big thanks to [[{F}]]!"),
    ("wordname", "word", "[[{F}]] found the bug. {S}"),
    ("must_stay", "", "Thanks to {{{{{FAM}}}}}'s algorithm, the path is short. {S}"),
    ("must_stay", "", "Dear {{{{Reader}}}}, {S}"),
    ("must_stay", "", "My {{{{{FAM}}}}} implementation passes. {S}"),
    ("must_stay", "", "my mom says {{{{{FAM}}}}} was right. {S}"),
    ("must_stay", "", "I'm {{{{Confident}}}} the loop ends. {S}"),
]
DEV += [("word_not_name", f"word:{name}", _literal(text)) for name, texts in WORD_NOT_NAME[::2] + MORE_WORD_NOT_NAME
        for text in texts]

HELD_OUT = [
    ("lowercase", "", "me and [[{f}]] did questions 1-3. {S}"),
    ("lowercase", "", "{S} thx [[{f}]]!"),
    ("lowercase", "", "worked w/ [[{f} {l}]] on this. {S}"),
    ("lowercase", "word", "this is [[{f}]] writing. {S}"),
    ("allcaps", "", "NOTE FROM [[{FU}]]: {S}"),
    ("allcaps", "word", "{S} ANSWER BY [[{FU} {LU}]]"),
    ("wordname", "word", "My name is [[{F}]] and {S}"),
    ("wordname", "word", "{S}\n\nBest,\n[[{F}]]"),
    ("wordname", "word", "Dear [[{F}]], I think {S}"),
    ("wordname", "word", "{S} Credit goes to [[{F}]] for the idea."),
    ("initials", "", "By [[{I}.{L}]] {S}"),
    ("initials", "", "{S}\n[[{L}, {I}]]"),
    ("initials", "", "Authors: [[{I}. {L}]] and [[{O} {OL}]]. {S}"),
    ("nickname", "nick", "[[{n}]] and i did this. {S}"),
    ("nickname", "nick", "{S} Cheers, [[{N}]]"),
    ("nickname", "nick", "[[{N}]]'s trick was to use a queue. {S}"),
    ("split", "", "{S} By [[{F}]]\n[[{L}]]"),
    ("split", "", "Team: [[{F} {L}]],\n[[{O}\n{OL}]]. {S}"),
    ("url_handle", "", "Repo: [[https://gitlab.com/{uf}.{u}/sorts]]. {S}"),
    ("url_handle", "", "{S} Follow [[@{uf}_{u}]] for updates."),
    ("url_handle", "", "[[linkedin.com/in/{uf}-{u}]] {S}"),
    ("email", "", "{S} Email: [[{uf}{u} at uni dot edu]]"),
    ("email", "", "email [[{i}.{u} [at] mail [dot] com]] for the code"),
    ("email", "", "Reach [[{uf}.{u} @ school . edu]] soon. {S}"),
    ("non_english", "intl", "{S} [[{f0}]]'s version was faster."),
    ("non_english", "intl", "My partner [[{F0}]] disagreed. {S}"),
    ("non_english", "intl", "Signed, [[{F0} {L0}]]"),
    ("possessive", "", "{S} I followed [[{L}]]'s advice."),
    ("possessive", "word", "I used [[{f}]]'s notes for this. {S}"),
    ("outsider", "", "My dad [[{X}]] is a programmer, so {S}"),
    ("outsider", "", "{S} My sister [[{x}]] checked my spelling."),
    ("outsider", "", "Thanks to my tutor, [[{X} {XL}]]. {S}"),
    ("outsider", "", "Mrs. [[{XL}]] said {S}"),
    ("outsider", "", "[[{X}]] (my cousin) helped. {S}"),
    ("plain", "", "{S} [[{O}]] and [[{F}]] compared answers."),
    ("plain", "", "Dr. [[{TI}]]'s slides say {S}"),
    ("famous", "", "{S} This is {{{{{FAM}}}}}'s idea."),
]
HELD_OUT += [("word_not_name", f"word:{name}", _literal(text)) for name, texts in WORD_NOT_NAME[1::2] for text in texts]

# A second held-out set, written after the first held-out measurement and before the fixes that
# followed it; measured once those fixes were in (see bench/README.md).
HELD_OUT_B = [
    ("lowercase", "", "{S} (this was [[{f}]]'s idea, not mine)"),
    ("lowercase", "", "hey its [[{f}]] again, {S}"),
    ("lowercase", "word", "{S} - [[{f} {l}]]"),
    ("lowercase", "", "[[{f} {l}]] - q4\n{S}"),
    ("allcaps", "", "[[{LU}]], [[{FU}]] - HOMEWORK 2\n{S}"),
    ("allcaps", "word", "TO: [[{FU}]]\n{S}"),
    ("wordname", "word", "Yesterday [[{F}]] showed me a faster way. {S}"),
    ("wordname", "word", "{S} I compared notes with [[{F}]] and [[{O}]]."),
    ("wordname", "word", "Me and [[{F}]] both got this wrong at first. {S}"),
    ("wordname", "word", "Partner: [[{F}]]\n{S}"),
    ("initials", "", "{S} -[[{I}{L}]]"),
    ("initials", "", "([[{L}, {F}]]) {S}"),
    ("nickname", "nick", "{S} I checked it with [[{N}]] after class."),
    ("nickname", "nick", "hey it's [[{n}]] here. {S}"),
    ("split", "", "Student name:\n[[{F}]]\n[[{L}]]\n\n{S}"),
    ("url_handle", "", "Portfolio: [[{uf}{u}.dev]] {S}"),
    ("url_handle", "", "{S} My GitHub is [[@{i}{u}{d}]]."),
    ("email", "", "{S} Questions? [[{uf} dot {u} at uni dot edu]]"),
    ("email", "", "Send feedback to [[{i}{u} (at) mail (dot) com]]. {S}"),
    ("non_english", "intl", "{S} Reviewed with [[{f0}]] yesterday."),
    ("non_english", "intl", "[[{L0}]]'s approach was recursive. {S}"),
    ("possessive", "", "{S} It was [[{F}]]’s turn to present."),
    ("outsider", "", "{S} I asked my uncle [[{X}]] and he agreed."),
    ("outsider", "", "Hello, my name is [[{X}]] and {S}"),
    ("outsider", "", "My best friend [[{x}]] told me {S}"),
    ("outsider", "", "{S} Love, [[{X}]]"),
    ("outsider", "", "Ms. [[{XL}]] from the library lent me a book. {S}"),
    ("famous", "", "{S} {{{{{FAM}}}}} proved a similar bound."),
    ("must_stay", "", "Hi, {S}"),
    ("must_stay", "", "My {{{{Java}}}} version runs faster. {S}"),
    ("must_stay", "", "My mentor says {{{{Recursion}}}} is elegant. {S}"),
]
HELD_OUT_B += [("word_not_name", f"word:{name}", _literal(text)) for name, texts in [
    ("Grace", ["{{Grace}} periods are short this term.", "She accepted it with {{grace}}."]),
    ("Bill", ["The {{bill}} came to ten dollars.", "Pass the {{Bill}} through the committee first."]),
    ("Will", ["Free {{will}} is not a data structure.", "{{Will}} this work for negative numbers?"]),
    ("Art", ["State of the {{art}} models use attention.", "{{Art}} and science meet in proofs."]),
    ("Rose", ["Costs {{rose}} with n.", "{{Rose}} gold laptops are heavy."]),
    ("Summer", ["See you this {{summer}}. {S}", "{{Summer}} 2025 registration opens soon."]),
    ("Faith", ["{{Faith}} alone does not prove correctness.", "A leap of {{faith}} in the induction step."]),
    ("June", ["Submitted {{June}} 12. {S}", "The {{June}} exam covered trees."]),
] for text in texts]
