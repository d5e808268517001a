"""Templates of the hard labelled set (see anonymizer_cases.py): (category, who the first
student must be, text). Slots: {F} {f} {FU} the first student's first name as written, lower,
upper; {L} {l} {LU} the surname; {I} {i} the initial; {F0} {f0} {L0} {l0} without accents;
{u} {uf} the surname / first name as a user name; {N} {n} a nickname; {LA}-{LB} the surname cut
in two; {O} {o} {OL} another student; {TI} an instructor's surname; {X} {x} {XU} {Y} {XL} people
not on the roster; {FAM} a famous scientist; {S} {T} a sentence of course content; {d} digits.

HELD_OUT was written before the anonymizer was tuned; each later held-out set before the fixes
that followed the previous one (see anonymizer_cases.py for their first measurements).
"""


def _literal(text: str) -> str:
    """Keep the {{word}} marks through str.format."""
    return text.replace("{{", "{{{{").replace("}}", "}}}}")


WORD_NOT_NAME = [  # (name, texts using the word as a word)
    (
        "Summer",
        [
            "In {{Summer}} 2024 I took the data structures course. {S}",
            "The {{summer}} project used a priority queue, as {{Summer}} 2023 did.",
        ],
    ),
    (
        "Rose",
        ["The error rate {{rose}} sharply when the cache was full.", "My grandmother grows {{rose}} bushes, but {S}"],
    ),
    ("Hope", ["{{Hope}} is not a plan, so I tested every branch.", "I {{hope}} the hash spreads keys evenly."]),
    (
        "Bill",
        [
            "Like the {{Bill}} of Rights, the spec lists what the function may not do.",
            "{{Bill}} the client only after the tests pass.",
        ],
    ),
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
DEV += [
    ("word_not_name", f"word:{name}", _literal(text))
    for name, texts in WORD_NOT_NAME[::2] + MORE_WORD_NOT_NAME
    for text in texts
]

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
HELD_OUT_B += [
    ("word_not_name", f"word:{name}", _literal(text))
    for name, texts in [
        ("Grace", ["{{Grace}} periods are short this term.", "She accepted it with {{grace}}."]),
        ("Bill", ["The {{bill}} came to ten dollars.", "Pass the {{Bill}} through the committee first."]),
        ("Will", ["Free {{will}} is not a data structure.", "{{Will}} this work for negative numbers?"]),
        ("Art", ["State of the {{art}} models use attention.", "{{Art}} and science meet in proofs."]),
        ("Rose", ["Costs {{rose}} with n.", "{{Rose}} gold laptops are heavy."]),
        ("Summer", ["See you this {{summer}}. {S}", "{{Summer}} 2025 registration opens soon."]),
        ("Faith", ["{{Faith}} alone does not prove correctness.", "A leap of {{faith}} in the induction step."]),
        ("June", ["Submitted {{June}} 12. {S}", "The {{June}} exam covered trees."]),
    ]
    for text in texts
]

# A third held-out set, written after every fix above and measured once, at the end.
HELD_OUT_C = [
    ("lowercase", "", "{S} shoutout to [[{f}]] for explaining this"),
    ("lowercase", "", "[[{f}]] said i could use her notes. {S}"),
    ("lowercase", "word", "{S}\nfrom [[{f}]]"),
    ("lowercase", "word", "i worked on this with [[{f} {l}]]. {S}"),
    ("lowercase", "", "Q3 answer ([[{l}]]): {S}"),
    ("allcaps", "", "{S} - [[{FU}]]"),
    ("allcaps", "word", "[[{FU} {LU}]]\nQUESTION 4\n{S}"),
    ("allcaps", "", "I AGREE WITH [[{FU}]] HERE. {S}"),
    ("wordname", "word", "{S} [[{F}]] reminded me to test the empty list."),
    ("wordname", "word", "Thank you [[{F}]] for the hint! {S}"),
    ("wordname", "word", "[[{F}]] and [[{O}]] wrote part two. {S}"),
    ("wordname", "word", "{S} Regards,\n[[{F} {L}]]"),
    ("wordname", "word", "According to [[{F}]], {S}"),
    ("initials", "", "[[{I}.{L}]]: {S}"),
    ("initials", "", "{S} (c) [[{I}. {L}]]"),
    ("initials", "", "[[{L} {I}]] - {S}"),
    ("nickname", "nick", "{S} Go team [[{N}]]!"),
    ("nickname", "nick", "[[{N}]] pointed out the off-by-one error. {S}"),
    ("split", "", "Group members: [[{F}]],\n[[{O} {OL}]]\n{S}"),
    ("split", "", "This answer is by\n[[{F} {L}]]\n{S}"),
    ("url_handle", "", "{S} Slides: [[https://drive.example.com/{uf}{u}/slides]]"),
    ("url_handle", "", "Twitter: [[@{uf}{u}]] {S}"),
    ("url_handle", "", "{S} Discord [[{uf}_{u}{d}]]"),
    ("email", "", "{S} [[{uf}.{u} at gmail.com]]"),
    ("email", "", "My email is [[{i}{u}[at]uni[dot]edu]]. {S}"),
    ("email", "", "Contact: [[{uf}_{u} AT outlook DOT com]] {S}"),
    ("non_english", "intl", "{S} Thanks [[{F0}]]!"),
    ("non_english", "intl", "[[{FU}]] and I split it. {S}"),
    ("non_english", "intl", "{S} by [[{F0} {L0}]]"),
    ("possessive", "", "Using [[{F}]]'s hint, {S}"),
    ("possessive", "", "{S} ([[{OL}]]'s version is shorter.)"),
    ("outsider", "", "My girlfriend [[{X}]] proofread this. {S}"),
    ("outsider", "", "{S} Dr. [[{XL}]] at my old school said the same."),
    ("outsider", "", "Hi [[{X}]]! {S}"),
    ("outsider", "", "{S} I'm [[{X}]], a transfer student."),
    ("outsider", "", "My cousin, [[{X}]], uses Java. {S}"),
    ("outsider", "", "{S} Me and [[{X}]] argued about it."),
    ("famous", "", "{S} {{{{{FAM}}}}} would call this a greedy choice."),
    ("famous", "", "Unlike {{{{{FAM}}}}}, I used a loop. {S}"),
    ("must_stay", "", "My {{{{Python}}}} script timed out. {S}"),
    ("must_stay", "", "Hello {{{{World}}}} is the first program. {S}"),
    ("must_stay", "", "{S} Thanks for reading, {{{{Professor}}}}."),
    ("must_stay", "", "I am {{{{Sure}}}} this halts. {S}"),
]
HELD_OUT_C += [
    ("word_not_name", f"word:{name}", _literal(text))
    for name, texts in [
        ("Hope", ["Let's {{hope}} the input is sorted.", "{{Hope}} for the best, test for the worst."]),
        ("Mark", ["Question 2 is worth one {{mark}}. {S}", "{{Mark}} visited nodes to avoid loops."]),
        ("Grace", ["Say {{grace}} before the exam? {S}", "The {{Grace}} period ends Friday."]),
        ("Dawn", ["From {{dawn}} to dusk I debugged.", "{{Dawn}} broke before the build finished."]),
        ("Frank", ["Let me be {{frank}}: {S}", "{{Frank}} feedback helps."]),
        ("Ray", ["Every {{ray}} hits a surface. {S}", "{{Ray}} casting is recursive too."]),
        ("Joy", ["Much {{joy}} when it compiled.", "{{Joy}} comes from passing tests."]),
        ("Pat", ["I stood {{pat}} on my answer.", "{{Pat}} yourself on the back."]),
    ]
    for text in texts
]

# A fourth held-out set, written after the third was measured and before the fixes that followed
# it; measured once, at the very end.
HELD_OUT_D = [
    ("lowercase", "", "{S} ask [[{f}]] if you need the code"),
    ("lowercase", "", "group: [[{f}]], [[{o}]]\n{S}"),
    ("lowercase", "word", "{S} cheers [[{f}]]"),
    ("lowercase", "word", "hey im [[{f}]], {S}"),
    ("allcaps", "", "[[{FU}]]'S ANSWER: {S}"),
    ("allcaps", "word", "{S}\n[[{FU}]]"),
    ("wordname", "word", "Thanks again to [[{F}]] and [[{O}]]. {S}"),
    ("wordname", "word", "{S} [[{F}]] disagreed, but I think it is fine."),
    ("wordname", "word", "I sat next to [[{F}]] in the lab. {S}"),
    ("wordname", "word", "[[{F}]]: {S}"),
    ("initials", "", "Name: [[{L}, {I}.]] {S}"),
    ("initials", "", "{S} Author - [[{I} {L}]]"),
    ("nickname", "nick", "Credit to [[{N}]] for the base case. {S}"),
    ("nickname", "nick", "{S} [[{n}]] and me"),
    ("split", "", "By:\n[[{F}]]\n[[{L}]]\n{S}"),
    ("url_handle", "", "{S} Code: [[https://replit.com/@{uf}{u}/sort]]"),
    ("url_handle", "", "IG [[@{uf}.{u}]] {S}"),
    ("email", "", "{S} email me: [[{uf}.{u} (at) uni . edu]]"),
    ("email", "", "[[{i}{u}{d} at school dot ac dot uk]] - {S}"),
    ("non_english", "intl", "{S} [[{f0} {l0}]] helped."),
    ("non_english", "intl", "Partner: [[{F0}]] {S}"),
    ("possessive", "", "{S} Borrowed [[{f}]]'s laptop to test it."),
    ("outsider", "", "{S} My aunt [[{X}]] is a teacher and helped."),
    ("outsider", "", "Prof. [[{XL}]] at the summer school taught me this. {S}"),
    ("outsider", "", "{S}\nThanks,\n[[{X}]]"),
    ("outsider", "", "My lab partner [[{X} {XL}]] ran the tests. {S}"),
    ("famous", "", "{S} {{{{{FAM}}}}} wrote about this first."),
    ("must_stay", "", "My {{{{Windows}}}} laptop was slow. {S}"),
    ("must_stay", "", "Dear {{{{Grader}}}}, {S}"),
    ("must_stay", "", "{S} Hi {{{{Everyone}}}}!"),
]
HELD_OUT_D += [
    ("word_not_name", f"word:{name}", _literal(text))
    for name, texts in [
        ("Will", ["{{Will}} n ever reach zero? {S}", "It {{will}} work."]),
        ("Iris", ["The {{iris}} of the eye is not a tree. {S}", "{{Iris}} recognition uses features."]),
        ("Sandy", ["A {{sandy}} beach has many grains. {S}", "{{Sandy}} soil drains fast."]),
        ("Amber", ["The light turned {{amber}}. {S}", "{{Amber}} alerts are broadcast."]),
        ("Hunter", ["A bug {{hunter}} found it. {S}", "{{Hunter}} gatherers did not sort lists."]),
        ("Chase", ["Do not {{chase}} pointers blindly. {S}", "{{Chase}} the bug with a debugger."]),
    ]
    for text in texts
]

# A fifth held-out set, written after every fix and measured once: the estimate for the rules
# as they are now.
HELD_OUT_E = [
    ("lowercase", "", "{S} [[{f}]] and i used different pivots."),
    ("lowercase", "", "we ([[{f}]] and i) tested it. {S}"),
    ("lowercase", "word", "{S} my lab partner is [[{f}]]."),
    ("lowercase", "", "{S} told [[{f}]] about the bug"),
    ("allcaps", "", "[[{FU} {LU}]] {d}\n{S}"),
    ("allcaps", "word", "QUESTION 1 - [[{FU}]]\n{S}"),
    ("wordname", "word", "{S} Ask [[{F}]], she knows heaps."),
    ("wordname", "word", "Special thanks to [[{F}]]. {S}"),
    ("wordname", "word", "{S} Written by [[{F}]] on a train."),
    ("wordname", "word", "Hey [[{F}]]! {S}"),
    ("wordname", "word", "{S} [[{F}]] explained the loop invariant to me."),
    ("initials", "", "{S} [[{I}. {L}]], {d}"),
    ("initials", "", "Student: [[{L} {I}.]]\n{S}"),
    ("nickname", "nick", "{S} I owe [[{N}]] a coffee."),
    ("nickname", "nick", "Hi, I'm [[{N}]]. {S}"),
    ("split", "", "{S}\nAuthor: [[{F}]]\n[[{L}]]"),
    ("url_handle", "", "{S} Blog: [[https://medium.com/@{uf}{u}]]"),
    ("url_handle", "", "Questions to [[@{uf}{u}]] on the forum. {S}"),
    ("email", "", "{S} Reach me: [[{uf} . {u} @ uni . edu]]"),
    ("email", "", "[[{i}{u} {{at}} school {{dot}} edu]] {S}"),
    ("non_english", "intl", "{S} [[{LU}]] wrote the proof."),
    ("non_english", "intl", "Thanks to [[{f0}]] for the test cases. {S}"),
    ("possessive", "", "[[{L}]]'s code is cleaner. {S}"),
    ("possessive", "word", "{S} [[{F}]]'s proof was shorter than mine."),
    ("outsider", "", "{S} My grandpa [[{X}]] taught me binary."),
    ("outsider", "", "My flatmate [[{X}]] helped me debug. {S}"),
    ("outsider", "", "{S} Sir [[{XL}]] marked our mock exam."),
    ("outsider", "", "Dear [[{X}]], {S}"),
    ("outsider", "", "{S} Best,\n[[{X} {XL}]]"),
    ("famous", "", "{S} {{{{{FAM}}}}}'s result applies."),
    ("must_stay", "", "My {{{{Linux}}}} box compiled it. {S}"),
    ("must_stay", "", "{S} Thanks, {{{{Everyone}}}}."),
    ("must_stay", "", "My teacher says {{{{Big}}}} O matters. {S}"),
]
HELD_OUT_E += [
    ("word_not_name", f"word:{name}", _literal(text))
    for name, texts in [
        ("Hope", ["I {{hope}} this is right. {S}", "{{Hopefully}} it halts."]),
        ("Mark", ["{{Mark}} each cell as visited. {S}", "I lost a {{mark}} for style."]),
        ("Will", ["{{Will}} it overflow? {S}", "The stack {{will}} grow."]),
        ("Bill", ["The {{bill}} was split evenly.", "{{Bill}} payment systems use queues. {S}"]),
        ("Grace", ["With {{grace}}, the parser recovers. {S}", "There is a {{grace}} period."]),
        ("June", ["Due {{June}} 1. {S}", "In {{June}} the labs close."]),
        ("Summer", ["My {{summer}} job used SQL. {S}", "{{Summer}} term is short."]),
    ]
    for text in texts
]


def _k(text: str) -> str:
    """<<word>> marks a must-stay word in the two newest sets (fewer braces to get wrong)."""
    return text.replace("<<", "{{{{").replace(">>", "}}}}")


def _word_pairs(pairs) -> list[tuple[str, str, str]]:
    return [("word_not_name", need, _k(text)) for need, texts in pairs for text in texts]


# A sixth held-out set (emails to teachers, peer reviews, short answers), written before the
# anonymizer was changed after HELD_OUT_E and measured once before anything was fixed from it.
HELD_OUT_F = [
    ("lowercase", "", "hi prof, its [[{f}]] from the tuesday lab. {S}"),
    ("lowercase", "word", "{S} me n [[{f}]] checked it twice"),
    ("lowercase", "", "{S} [[{l}]] got the same answer as me"),
    ("lowercase", "word", "peer review for [[{f}]]:\n{S}"),
    ("lowercase", "", "ty [[{o}]] and [[{f}]] for the notes!! {S}"),
    ("allcaps", "", "SUBMITTED BY: [[{LU}, {FU}]]\n{S}"),
    ("allcaps", "word", "{S} ([[{FU}]] HELPED WITH THIS PART)"),
    ("allcaps", "", "[[{FU}]] & [[{OU}]] - LAB 4\n{S}"),
    ("wordname", "word", "Dear Professor [[{TI}]],\n\nI missed class on Monday. {S}\n\nKind regards\n[[{F}]]"),
    ("wordname", "word", "{S} I explained my idea to [[{F}]], who spotted a flaw."),
    ("wordname", "word", "Reviewer: [[{F}]]\nStrengths: {S}"),
    ("wordname", "word", "{S} [[{F}]] and I will present on Friday."),
    ("wordname", "word", "My lab partner this week was [[{F}]]. {S}"),
    ("wordname", "word", "{S} [[{F}]] wanted to use a linked list instead."),
    ("wordname", "word:Grace", _k("[[{F}]] handled the edge case with <<grace>>. {S}")),
    ("wordname", "word:Will", _k("[[{F}]] asked: <<will>> the recursion stop? {S}")),
    ("wordname", "word:Mark", _k("{S} [[{F}]] lost a <<mark>> for style.")),
    ("wordname", "word:Hope", _k("I <<hope>> [[{F}]] agrees with my proof. {S}")),
    ("initials", "", "{S}\n- [[{F} {LI}.]]"),
    ("initials", "", "Group 3 ([[{I}.{LI}.]], [[{O}]]) {S}"),
    ("initials", "", "{S} Peer reviewer: [[{i}. {l}]]"),
    ("initials", "", "Essay by [[{F0} {LI}]]\n{S}"),
    ("nickname", "nick", "{S} [[{n}]] showed me how to draw the tree."),
    ("nickname", "nick", "{S}\n\n- [[{N} {L}]]"),
    ("nickname", "nick", "Hi Professor [[{TI}]], this is [[{N}]] from section 2. {S}"),
    ("possessive", "sur:Jones", "{S} I agree with [[{L}]]' point about the pivot."),
    ("possessive", "", "[[{f}s]] code was easier to read than mine. {S}"),
    ("possessive", "word", "{S} Compared to [[{F}]]'s version, mine is slower."),
    ("possessive", "", "[[{O}]]’s and [[{F}]]’s proofs differ. {S}"),
    ("split", "", "{S} Thanks to my partner [[{FA}-\n{FB}]] for checking."),
    ("split", "", "Peer review\nAuthor: [[{F} {L}]]\nReviewer: [[{O}\n{OL}]]\n{S}"),
    ("split", "", "{S} This was checked by [[{L}]],\n[[{F}]]."),
    ("url_handle", "", "My portfolio: [[https://{uf}{u}.wixsite.com/portfolio]] {S}"),
    ("url_handle", "", "{S} Video: [[youtube.com/@{u}{uf}{d}]]"),
    ("url_handle", "", "Find me on insta ([[@{uf}_{u}_]]) {S}"),
    ("url_handle", "", "{S} Shared folder: [[https://drive.example.com/u/{uf}.{u}/]] (view only)"),
    ("email", "", "My email is [[{i}{u}(at)school(dot)edu]]. {S}"),
    ("email", "", "{S} You can email me at [[{uf}{u} at school dot edu]] anytime."),
    ("email", "", "Email: [[{uf} . {u} [ at ] uni [ dot ] edu]] {S}"),
    ("email", "", "{S} Contact [[{SID}@students.uni.edu]] for the files."),
    ("email", "", "reach me at [[{uf}{u}{d} at gmail]] {S}"),
    ("non_english", "intl", "{S} [[{f0}]] said the same thing in class."),
    ("non_english", "intl", "[[{F2} {L2}]] wrote the test cases. {S}"),
    ("non_english", "intl", "{S} Merci [[{F}]]!"),
    ("non_english", "sur:van der Berg", "[[{F} {L}]] and I split the proof. {S}"),
    ("non_english", "intl,sur:da Silva", "{S}\n- [[{f} {l}]]"),
    ("outsider", "", "{S} I practised with my older brother [[{X}]] and his friend [[{Y}]]."),
    ("outsider", "", "My coach, [[{X} {XL}]], always says {S}"),
    ("outsider", "", "{S} I told [[{X}]] about the bug and she laughed."),
    ("outsider", "", "For the interview I spoke to [[{X}]], [[{Y}]] and Mrs [[{XL}]]. {S}"),
    ("outsider", "", "{S} my stepmom [[{x}]] is an engineer"),
    ("outsider", "", "Coach [[{XL}]] made us run laps. {S}"),
    ("outsider", "", "{S} I went to the library with [[{X}]]."),
    ("student_id", "", "Student number: [[{SIDD}]]\n{S}"),
    ("student_id", "", "{S}\n[[{F} {L}]] ([[{sid}]])"),
    ("student_id", "", _k("ID# [[{SID}]] - <<CS101>> quiz {d}\n{S}")),
    ("must_stay", "word:Ada", _k("<<Ada Lovelace>> wrote the first algorithm. {S}")),
    ("must_stay", "", _k("We visited <<Florence>> and <<Paris>> in <<April>>. {S}")),
    ("must_stay", "", _k("{S} I ran it on my <<iPhone>> and in <<Excel>>.")),
    ("must_stay", "", _k("Like <<Marie Curie>>, I kept careful notes. {S}")),
    ("must_stay", "word:Ruby", _k("I rewrote the parser in <<Ruby>>. {S}")),
    ("must_stay", "", _k("{S} <<Darwin>>'s theory is not about algorithms, but selection is.")),
    ("famous", "", _k("The <<{FAM}>> approach beats mine. {S}")),
]
HELD_OUT_F += _word_pairs(
    [
        ("word:Autumn", ["In <<autumn>> the labs are busy. {S}", "<<Autumn>> term starts in <<September>>."]),
        ("word:Bill", ["The <<Bill>> of <<Rights>> protects speech. {S}", "Who will pay the <<bill>>?"]),
        ("word:Mark", ["<<Mark>> all answers that apply. {S}", "Put a check <<mark>> next to each test."]),
        ("word:Will", ["<<Will>> it work on an empty list? {S}", "Where there is a <<will>>, there is a way."]),
        ("word:Lily", ["A <<lily>> pad is a node in the frog puzzle.", "<<Lily>> pads float. {S}"]),
        ("word:Daisy", ["We wired the boards in a <<daisy>> chain. {S}", "<<Daisy>> chains share one bus."]),
        ("word:Cliff", ["Speed fell off a <<cliff>> at n = 1000.", "<<Cliff>> edges in the plot show the cache size."]),
        ("word:Julia", ["I used <<Julia>> for the matrix code. {S}", "The <<Julia>> version was faster."]),
        ("word:August", ["In <<August>> I reviewed recursion. {S}", "Due <<August>> 30."]),
        ("word:Patience", ["<<Patience>> helps when debugging.", "My <<patience>> ran out at test 40. {S}"]),
        ("word:Victoria", ["We toured <<Victoria>> station. {S}", "Lake <<Victoria>> is the largest lake in Africa."]),
        ("word:Miles", ["The robot drove two <<miles>>. {S}", "<<Miles>> per gallon is a rate."]),
        ("nick:Nicholas:Nick", ["I finished in the <<nick>> of time. {S}"]),
        ("nick:Richard:Rich", ["<<Rich>> text editors hide formatting. {S}"]),
        ("nick:Robert:Rob", ["Greedy choices can <<rob>> you of the optimum."]),
        ("nick:Michael:Mike", ["Check the <<mike>> before recording the talk. {S}"]),
    ]
)

# A seventh held-out set (speech transcripts, essays, discussion posts), written together with
# HELD_OUT_F and left unseen until every fix made from HELD_OUT_F was in; measured once.
HELD_OUT_G = [
    ("lowercase", "", "[[{f}]]: um so basically {S}"),
    ("lowercase", "word", "{S} @[[{f}]] do u agree?"),
    ("lowercase", "", "{S} went over it with [[{f} {l}]] at lunch"),
    ("lowercase", "word", "[[{f}]] here, sorry for the late post. {S}"),
    ("lowercase", "", "{S} i think [[{o}]] was right tbh"),
    ("allcaps", "", "[[{FU}]]: GOOD MORNING EVERYONE. {S}"),
    ("allcaps", "word", "{S} THANKS [[{FU}]]!!!"),
    ("allcaps", "", "NAME: [[{LU} {FU}]]\n{S}"),
    ("wordname", "word", "Transcript\n[[{F}]]: Today I will explain sorting. {S}"),
    ("wordname", "word", "{S} I agree with [[{F}]] that the loop is linear."),
    ("wordname", "word", "Feedback from [[{F}]]: {S}"),
    ("wordname", "word", "{S} Thanks for reading! - [[{F}]]"),
    ("wordname", "word", "Good morning, my name is [[{F} {L}]] and {S}"),
    ("wordname", "word", _k("{S} [[{F}]], [[{O}]] and I met on <<Zoom>>.")),
    ("wordname", "word:Faith", _k("[[{F}]] argued that <<faith>> is not evidence. {S}")),
    ("wordname", "word:Summer", _k("{S} [[{F}]] started her internship in the <<summer>>.")),
    ("wordname", "word:Bill", _k("[[{F}]] compared the <<Bill>> of <<Rights>> to an API contract. {S}")),
    ("wordname", "word:Rose", _k("{S} When [[{F}]] ran it, the time <<rose>> to three seconds.")),
    ("initials", "", "Presented by [[{I}{LI}]] and [[{O}]]. {S}"),
    ("initials", "", "{S}\n[[{FU} {LI}.]]"),
    ("initials", "", "Author: [[{I}. {L0}]] {S}"),
    ("initials", "", "{S} Signed: [[{i}.{l0}]]"),
    ("nickname", "nick", "[[{N}]]: okay so next slide. {S}"),
    ("nickname", "nick", "{S} me and [[{n}]] stayed after class"),
    ("nickname", "nick", "{S}\n~[[{n}]]"),
    ("possessive", "sur:Williams", "{S} [[{L}]]' slides were clearer than mine."),
    ("possessive", "sur:Harris", "[[{F} {L}]]'s group presented first. {S}"),
    ("possessive", "", "{S} i used [[{o}s]] notes"),
    ("possessive", "intl", "[[{F0}]]'s idea was to sort first. {S}"),
    ("split", "", "Speakers: [[{F}]] and\n[[{O}]]\n{S}"),
    ("split", "", "{S} Written by [[{F} {LA}-\n{LB}]]."),
    ("split", "", "[[{FU}]]\n[[{LU}]]\nQuestion 2\n{S}"),
    ("url_handle", "", "{S} Slides: [[https://canva.com/{uf}-{u}/talk]]"),
    ("url_handle", "", "Discord: [[{uf}#{d}{d}]] {S}"),
    ("url_handle", "", "{S} (my handle is [[{u}_{uf}{d}]] on the forum)"),
    ("url_handle", "", "GitHub: [[github.com/{i}-{u}]] {S}"),
    ("email", "", "{S} [[{uf}{u} @ gmail . com]]"),
    ("email", "", "Please write to [[{i}{u} (AT) school (DOT) edu]]. {S}"),
    ("email", "", "{S} my email is [[{uf} {u} at gmail dot com]]"),
    ("email", "", "[[{uf}.{u}@school.edu]] - {S}"),
    ("email", "", "{S} Contact: [[{uf}[.]{u}[@]uni[.]edu]]"),
    ("non_english", "intl", "Gracias [[{f0}]]! {S}"),
    ("non_english", "intl", "[[{f0} {l0}]] - grupo 2\n{S}"),
    ("non_english", "intl", "{S} My partner ([[{L2}]]) did the diagram."),
    ("non_english", "sur:Al-Sayed", "{S} Thanks [[{l}]]"),
    ("outsider", "", "{S} I interviewed my neighbour, [[{X} {XL}]], who is a nurse."),
    ("outsider", "", "My grandma [[{X}]] and grandpa [[{Y}]] raised me, so {S}"),
    ("outsider", "", "{S} [[{X}]] from my church youth group also helped."),
    ("outsider", "", "I asked [[{X}]] and [[{Y}]] to test my app. {S}"),
    ("outsider", "", "{S} Coach [[{X}]] told us to practise daily."),
    ("outsider", "", "Shoutout to my mom ([[{x}]]) for the snacks. {S}"),
    ("outsider", "", "{S} My tutor Mr [[{XL}]] marks hard."),
    ("student_id", "", "{S}\nStudent ID: [[{sid}]]"),
    ("student_id", "", "[[{F} {L}]], [[{SIDD}]], group B\n{S}"),
    ("student_id", "", "Matric no. [[{SID0}]] {S}"),
    ("must_stay", "word:Alan", _k("{S} <<Alan Turing>> asked whether machines can think.")),
    ("must_stay", "word:Grace,sur:Okafor", _k("<<Grace Hopper>> found a moth in the relay. {S}")),
    ("must_stay", "", _k("{S} We flew from <<Lagos>> to <<São Paulo>>.")),
    ("must_stay", "", _k("I asked <<Siri>> and <<Alexa>> the same question. {S}")),
    ("must_stay", "", _k("{S} <<Shakespeare>> and <<Austen>> both wrote about pride.")),
    ("must_stay", "sur:Fisher", _k("{S} <<Fisher>>'s exact test gave p = 0.03.")),
    ("must_stay", "", _k("<<Martin Luther King>> gave the speech in <<August>> 1963. {S}")),
    ("famous", "", _k("{S} As <<{FAM}>> showed, the greedy choice is safe.")),
]
HELD_OUT_G += _word_pairs(
    [
        ("word:Rose", ["She bought <<roses>> for the lab.", "Latency <<rose>> after the update. {S}"]),
        ("word:Faith", ["Take it on <<faith>> that the hash is uniform.", "<<Faith>> is not a test plan. {S}"]),
        ("word:Summer", ["Every <<summer>> I code a game.", "<<Summer>> school starts in <<July>>. {S}"]),
        ("word:Hope", ["<<Hope>> you enjoyed my talk! {S}", "We <<hope>> to finish by Friday."]),
        ("word:Grace", ["The <<grace>> period ends at noon. {S}", "<<Grace>> notes in music are short."]),
        ("word:Ivy", ["<<Ivy>> covers the old library. {S}", "An <<Ivy>> League school offered the course."]),
        ("word:Sunny", ["On <<sunny>> days the solar panel charges.", "<<Sunny>> weather helped the survey. {S}"]),
        ("word:Gene", ["Each <<gene>> is one bit of the genome. {S}", "<<Gene>> expression data is noisy."]),
        ("word:Chance", ["There is a small <<chance>> of collision. {S}", "<<Chance>> alone does not explain it."]),
        ("word:Crystal", ["The proof is <<crystal>> clear. {S}", "<<Crystal>> lattices repeat."]),
        ("word:April", ["In <<April>> we built the parser. {S}", "Due <<April>> 2."]),
        ("word:May", ["You <<may>> use a loop. {S}", "<<May>> the tests pass."]),
        ("word:Georgia", ["I moved here from <<Georgia>> last year. {S}", "The <<Georgia>> font is easy to read."]),
        ("word:Austin", ["The conference was in <<Austin>>. {S}", "<<Austin>> has a big tech scene."]),
        ("word:Jordan", ["We computed the <<Jordan>> normal form.", "The <<Jordan>> river is in the reading. {S}"]),
        ("nick:Robert:Rob", ["Thieves <<rob>> banks, not hash tables. {S}"]),
        ("nick:Joseph:Joe", ["I need a cup of <<joe>> before the exam."]),
    ]
)

# An eighth held-out set (lab reports, retrospectives, journals, chat logs, interview transcripts,
# cover sheets, code, file names), written blind - without reading the anonymizer - after the fixes
# from HELD_OUT_G; kept out of tuning and of the tests' targets (UNSEEN). str.format indexing
# ({SIDD[0]}, {O[0]}) picks single characters of a slot.
HELD_OUT_H = [
    # Chat logs, forum threads, retro notes in lower case
    (
        "lowercase",
        "",
        "[10:42] [[{f}]]: did anyone start q3\n[10:43] [[{o}]]: ya its the heap one\n[10:45] [[{f}]]: {S}",
    ),
    ("lowercase", "", "> [[{o}]] wrote:\n> {S}\n\nagree w/ [[{o}]] but [[{f}]] here thinks the pivot matters more"),
    (
        "lowercase",
        "word",
        "retro notes wk 6\n- went well: [[{f}]] got the ci green\n- didnt go well: merge conflicts\n{S}",
    ),
    ("lowercase", "", "reply to [[{o}]]: yeah same, [[{f} {l}]] and i got n log n too. {S}"),
    ("lowercase", "", "[18:20] [[{f}]]: brb my cousin [[{x}]] needs the laptop\n[18:21] [[{o}]]: np\n{S}"),
    ("lowercase", "intl", "ok so [[{f0}]] n [[{o}]] r doing the slides, im on the demo. {S}"),
    ("lowercase", "", "# fixed by [[{o}]] on 3/4, dont touch\n# {S}"),
    # Capitals: cover sheets, review forms, shouty posts
    ("allcaps", "", "GROUP MEMBERS: [[{FU} {LU}]], [[{OU}]] AND ME\n{S}"),
    ("allcaps", "word", "[[{FU}]] IS THE BEST LAB PARTNER EVER!!! {S}"),
    ("allcaps", "", "LAB REPORT 3 - [[{LU}]] ([[{SID}]])\n{S}"),
    ("allcaps", "word:Mark", _k("PEER REVIEW\n<<MARK>>: 8/10\nREVIEWER: [[{FU}]]\n{S}")),
    # Name-words used as names, often next to the same word used as a word
    (
        "wordname",
        "word",
        "Peer review form\nAuthor: [[{O} {OL}]]\nReviewed by: [[{F}]] (group 2)\nScore: 7/10\nComments: {S}",
    ),
    (
        "wordname",
        "word",
        "Acknowledgements\nI thank [[{F}]] for reading every draft, and my parents for their patience. {S}",
    ),
    ("wordname", "word", "{S}\n\nOn Tue, 3 Oct, [[{F} {L}]] wrote:\n> can we meet at 4?"),
    ("wordname", "word", 'print("Hello, my name is [[{F}]]!")\n# {S}'),
    (
        "wordname",
        "word",
        "Journal entry 12: I felt left out when [[{O}]] and [[{F}]] redid my section without asking. {S}",
    ),
    ("wordname", "word:Will", _k("[21:07] [[{f}]]: <<will>> it halt if n is negative??\n[21:09] [[{o}]]: no lol\n{S}")),
    ("wordname", "word:Will", _k("Q: <<Will>> the loop halt?\nA ([[{F}]]): Yes, n drops by one each pass. {S}")),
    (
        "wordname",
        "word:Hope",
        _k(
            "Reflective journal, week 4. I <<hope>> the next lab goes better; [[{F}]] and I kept arguing about units. {S}"
        ),
    ),
    ("wordname", "word:June", _k("Date: 3 <<June>>\nLab partners: [[{F}]] and [[{O}]]\n{S}")),
    ("wordname", "word:Chase", _k("[[{F}]] had to <<chase>> [[{O}]] for the data the night before the deadline. {S}")),
    ("wordname", "word:Iris", _k("[[{F}]] trained the classifier on the <<Iris>> data set while I cleaned ours. {S}")),
    ("wordname", "word:Sandy", _k("Field trip log: [[{F}]] sampled the <<sandy>> soil, I took the clay. {S}")),
    ("wordname", "word:Ray", _k("// [[{F}]]: cast one <<ray>> per pixel, not two\n// {S}")),
    (
        "wordname",
        "word:Dawn",
        _k("Retro: [[{F}]] and I were in the lab until <<dawn>> rerunning the titration. Never again. {S}"),
    ),
    # Initials, with and without dots
    ("initials", "", "// TODO([[{I}{LI}]]): free the buffer\n// {S}"),
    ("initials", "", "Checked: [[{I}{LI}]] / [[{O[0]}{OL[0]}]]\n{S}"),
    ("initials", "", "Minutes taken by [[{I}{LI}]]. Present: [[{I}{LI}]], [[{O}]], [[{X}]] (guest). {S}"),
    ("initials", "", "[[{L}_{I}]]_essay_final_v2.docx\n{S}"),
    ("initials", "", "Author contributions: [[{I}.{LI}.]] designed the experiment; [[{O[0]}.{OL[0]}.]] ran it. {S}"),
    ("initials", "", "/**\n * Sorts the list in place.\n * @author [[{I}. {L}]]\n */\n// {S}"),
    # Nicknames
    ("nickname", "nick", "[09:15] [[{n}]]: running late, start without me\n[09:16] [[{o}]]: k\n{S}"),
    ("nickname", "nick", "{S}\n\nTa,\n[[{N}]] ([[{F}]] on the register)"),
    ("nickname", "nick:Dominic:Dom", _k("[[{N}]] rewrote the <<DOM>> code so the page loads faster. {S}")),
    ("nickname", "nick:Maximilian:Max", _k("[[{N}]]'s function returns <<max>>(a, b) instead of the sum. {S}")),
    ("nickname", "nick:Alexandra:Sasha", _k("{S} [[{N}]] (her name's [[{F}]] on <<Canvas>>) made the poster.")),
    ("nickname", "nick", "Group retro: [[{N}]] wants stand-ups on Mondays, [[{O}]] wants Fridays. {S}"),
    ("nickname", "nick:Katherine:Kat", "{S} thx [[{n}]] <3"),
    ("nickname", "nick:Christopher:Kit", _k("[[{N}]] forgot the first-aid <<kit>> on the field trip. {S}")),
    # Possessives with and without the apostrophe
    ("possessive", "", "Peer review of [[{F}s]] report: {S}"),
    ("possessive", "", "We met at the [[{L}s]]' house because [[{F}]]'s mum made food. {S}"),
    ("possessive", "", "{S} The results are from [[{OL}]]'s group, not [[{L}]]'s."),
    ("possessive", "intl", "Appendix B: [[{F0}]]'s raw data\n{S}"),
    ("possessive", "sur:Davies", "{S} [[{F} {L}]]’ poster won the prize, deservedly."),
    ("possessive", "word", "[[{f}]]'s idea, not mine!! {S}"),
    (
        "possessive",
        "",
        "Quote from: [[{O} {OL}]] on 12 March\n> {S}\nGood point [[{O}]], but [[{F}]]'s counterexample breaks it.",
    ),
    # Names split across lines and cells
    ("split", "", "| Name | [[{F}]] |\n|      | [[{L}]] |\n| ID   | [[{SIDD}]] |\n{S}"),
    ("split", "", "Submitted by: [[{LU},]]\n[[{F}]] ([[{SID}]])\n{S}"),
    ("split", "", "{S} Thanks to\n[[{O}]]\nand\n[[{F}]]\nfor the data."),
    ("split", "", "Name\tID\n[[{F} {L}]]\t[[{SIDD}]]\n[[{O} {OL}]]\t-\n{S}"),
    ("split", "", "Partner:\n\n[[{O}]]\n\n[[{OL}]]\n\n{S}"),
    ("split", "", "{S} The graphs were drawn by [[{LA}-\n{LB}, {F}]] (surname first, as on the register)."),
    # Names inside URLs, paths, handles, hashtags, file names
    (
        "url_handle",
        "",
        'Traceback (most recent call last):\n  File "C:\\Users\\[[{uf}]]\\Desktop\\hw3.py", line 12, in <module>\n{S}',
    ),
    ("url_handle", "", "[[{uf}{u}]]@[[{F0}s]]-MacBook-Air lab4 % python3 sort.py\n{S}"),
    (
        "url_handle",
        "",
        "My notes are on OneDrive: [[https://uni-my.sharepoint.com/personal/{uf}_{u}_uni_edu/Documents/lab3]] {S}",
    ),
    ("url_handle", "", "{S}\ncommit 3f2a9c1\nAuthor: [[{F} {L} <{uf}.{u}@uni.edu>]]\n    fix off-by-one"),
    ("url_handle", "", "Book a slot with me: [[calendly.com/{uf}-{u}/15min]] {S}"),
    ("url_handle", "", "{S} My Kaggle notebook: [[https://www.kaggle.com/code/{uf}{u}{d}/titanic-eda]]"),
    ("url_handle", "", "cc [[@{uf}.{u}]] [[@{o}]] can one of you review my PR? {S}"),
    ("url_handle", "", "#[[Team{F}]] won the hackathon!! {S}"),
    ("url_handle", "", "{S} #cs101 #[[{uf}{u}]]codes"),
    ("url_handle", "", "File: [[{u}{i}]]_lab5_FINAL(2).pdf\n{S}"),
    ("url_handle", "", "Prefilled link: [[https://forms.example.com/r?name={F}+{L}&id={SIDD}]]\n{S}"),
    ("url_handle", "", "{S} Join here: [[https://meet.example.com/?invite={uf}.{u}%40uni.edu]]"),
    # E-mail addresses in new shapes
    ("email", "", "From: [[{F} {L} <{uf}.{u}@uni.edu>]]\nSubject: extension request\n\n{S}"),
    ("email", "", "{S} Questions: [[{uf}+cs101@gmail.com]]"),
    ("email", "", "Email me on [[{uf}.{u}@uni,edu]] {S}"),
    ("email", "", "[Email me](mailto:[[{uf}.{u}@uni.edu]]) if the link breaks. {S}"),
    ("email", "", "{S} my email is [[{uf}.{u}@\nuni.edu]]"),
    ("email", "", "RSVP to [[{u}.{uf} at uni]] by Friday. {S}"),
    ("email", "", "{S}\n--\n[[{F} {L}]] | BSc Chemistry\n[[{i}.{u}{d}@student.uni.ac.uk]]"),
    ("email", "", '__author__ = "[[{F} {L}]]"\n__email__ = "[[{i}{u}@uni.edu]]"\n# {S}'),
    ("email", "", "{S} (email: [[{uf} underscore {u} at hotmail dot com]])"),
    # Non-English names and greetings, texts in other languages
    ("non_english", "intl", "Hola profe, soy [[{F}]] del grupo 3. {S}"),
    ("non_english", "intl", "{S} Merci beaucoup à [[{F}]] et à [[{O}]] pour leur aide."),
    ("non_english", "intl", "Vielen Dank an [[{F2}]] für die Messwerte! {S}"),
    ("non_english", "intl,sur:Nguyễn", "Họ tên: [[{LU} {F}]]\n{S}"),
    ("non_english", "sur:de la Fuente", "{S} Gracias a [[{F} {L}]] por revisar el informe."),
    ("non_english", "intl", "Cześć, tu [[{f0}]]! {S}"),
    ("non_english", "sur:Ó Briain", "[[{F} {L}]] and [[{O}]] built the rig. {S}"),
    ("non_english", "intl", "{S} Obrigada, [[{f0}]]!! bjs"),
    ("non_english", "intl", "[[{L2}]] [[{F2}]], Gruppe B\n{S}"),
    ("non_english", "sur:Ng", "[[{LU} {F}]], [[{OU}]] - lab 2\n{S}"),
    # People not on the roster: interviewees, family, tutors, clients, friends
    ("outsider", "", "INTERVIEWER: How long have you worked there?\n[[{XU}]]: About twelve years. {S}"),
    ("outsider", "", "Q: What does your job involve?\nA ([[{X} {XL}]], pharmacist): Mostly checking doses. {S}"),
    ("outsider", "", "Acknowledgements: my parents [[{X}]] and [[{Y}]], my tutor Mr [[{XL}]], and Dr [[{TI}]]. {S}"),
    ("outsider", "", "{S} My little brother [[Chance]] kept unplugging the router."),
    ("outsider", "", "{S} Every night my host sibling [[{X}]] quizzed me on the flashcards."),
    ("outsider", "", "{S} My host mother, Frau [[{XL}]], corrected my German."),
    ("outsider", "", "{S}\n\n(Typed by my flatmate [[{X}]] because my wrist is broken.)"),
    ("outsider", "", "For the service-learning part I tutored a Year 9 student, [[{X}]]. {S}"),
    ("outsider", "", _k("{S} Thanks to [[Tariq]] and [[Maeve]] from robotics club for lending us the <<Arduino>>.")),
    ("outsider", "", "Our client, [[{X} {XL}]] from the food bank, wanted a simpler form. {S}"),
    ("outsider", "", "{S} My roommate [[Destiny]] lent me her calculator."),
    ("outsider", "", "Mi abuela [[Carmen]] me ayudó con las fracciones. {S}"),
    ("outsider", "", "Interviewee: [[{X} {XL}]]\nInterviewer: [[{F} {L}]]\n{S}"),
    # Student numbers
    (
        "student_id",
        "",
        "COVER SHEET\nModule: Organic Chemistry\nSubmitted by: [[{L}, {F}]]\nStudent no.: [[{SIDD}]]\nWord count: 1,9{d}\n{S}",
    ),
    ("student_id", "", "[[{SIDD}]]_lab3_report.pdf\n{S}"),
    (
        "student_id",
        "",
        "{S} (My ID is [[{SIDD[0]}{SIDD[1]}{SIDD[2]} {SIDD[3]}{SIDD[4]}{SIDD[5]}{SIDD[6]}]] if you need it.)",
    ),
    ("student_id", "", "Candidate [[{SID0}]] - lab book\n{S}"),
    ("student_id", "", "{S}\nLogin: [[{sid}]]"),
    # Names of people, places and products in course content, which must stay
    ("must_stay", "", _k("We heated the flask with a <<Bunsen>> burner and checked <<Boyle>>'s law. {S}")),
    ("must_stay", "sur:Newton", _k("[[{F} {L}]] - Lab 2: <<Newton>>'s second law\nThe force was 2 <<newtons>>. {S}")),
    ("must_stay", "", _k("{S} A <<Student>>'s t-test gave p = 0.04 and the <<Likert>> items were averaged.")),
    (
        "must_stay",
        "",
        _k("In the crypto lab <<Alice>> signs the message and <<Bob>> checks it; <<Eve>> only sees ciphertext. {S}"),
    ),
    (
        "must_stay",
        "nick:Robert:Bobby",
        _k("[[{N}]] sanitised the inputs so little <<Bobby Tables>> can't drop our database. {S}"),
    ),
    (
        "must_stay",
        "nick:Katherine:Kate",
        _k("{S} [[{N}]] did her poster on <<Katherine Johnson>> and the orbit equations."),
    ),
    (
        "must_stay",
        "sur:Franklin",
        _k("Reading about <<Rosalind Franklin>> made me rethink credit, since [[{F} {L}]] did our imaging. {S}"),
    ),
    ("must_stay", "word:Florence", _k("[[{F}]]'s slides used <<Florence Nightingale>>'s <<rose>> diagram. {S}")),
    ("must_stay", "", _k("We compared rainfall in <<Sydney>>, <<Adelaide>> and <<Madison>>. {S}")),
    ("must_stay", "word:Jasmine", _k("[[{F}]] wrote the <<Jasmine>> specs and I set up <<Jenkins>>. {S}")),
    ("must_stay", "", _k("<<May>> I have one more day? {S}\n\nSent from my <<iPad>>")),
    (
        "must_stay",
        "word:Mark",
        _k("Instructions: <<Mark>> the answer you think is right.\n[[{F}]] and I disagreed on two. {S}"),
    ),
    ("must_stay", "", _k("Reading list: <<Orwell>>, <<Woolf>> and <<Achebe>>. {S}")),
    ("must_stay", "sur:Marsh", _k("{S} [[{F} {L}]] and I sampled the salt <<marsh>> at low tide.")),
    ("must_stay", "", _k("The field was 0.2 <<tesla>>, measured with a <<Hall>> probe. {S}")),
    ("must_stay", "", _k("{S} We surveyed customers outside <<Wendy>>'s and my <<Dell>> laptop died halfway.")),
    ("famous", "", _k("Lab note: the <<{FAM}>> method failed on input 7, so I switched. {S}")),
    ("famous", "", _k("{S} [[{F}]] quoted <<{FAM}>> in the retro, which was a bit much.")),
    ("famous", "", _k("Q: Who first described this?\nA: <<{FAM}>>, I think. {S}")),
]
HELD_OUT_H += _word_pairs(
    [
        ("word:Hazel", ["The photo has a <<hazel>> tint. {S}", "<<Hazel>> trees line the path to the lab."]),
        ("word:Olive", ["<<Olive>> oil floats on water in the density lab. {S}", "The chart uses an <<olive>> green."]),
        (
            "word:Violet",
            ["<<Violet>> light had the shortest wavelength. {S}", "The solution turned <<violet>> at pH 9."],
        ),
        (
            "word:Basil",
            ["<<Basil>> seedlings grew fastest under the LED. {S}", "We watered the <<basil>> every two days."],
        ),
        ("word:Sage", ["<<Sage>> advice from the TA: commit often. {S}", "I checked the algebra in <<Sage>>."]),
        ("word:Holly", ["<<Holly>> leaves are waxy, so the water beaded. {S}", "The <<holly>> samples were smaller."]),
        ("word:Heather", ["<<Heather>> grows on acidic soil. {S}", "We counted <<heather>> plants in each quadrant."]),
        ("word:Sterling", ["<<Sterling>> work from the whole team. {S}", "Prices are in pounds <<sterling>>."]),
        ("word:Mercy", ["The grader showed no <<mercy>>. {S}", "<<Mercy>> rule: the game ends at ten runs."]),
        ("word:Honor", ["<<Honor>> code: I did this myself. {S}", "On my <<honor>>, I worked alone."]),
        ("word:Rusty", ["My C is <<rusty>>. {S}", "<<Rusty>> nails spoiled sample 3."]),
        ("word:Max", ["<<Max>> out the buffer at 4096 bytes. {S}", "The <<max>> heap returns the largest key."]),
        ("word:Brook", ["A <<brook>> runs past the sampling site. {S}", "<<Brook>> trout were not counted."]),
        ("nick:Norman:Norm", ["The L2 <<norm>> of the vector is 5. {S}"]),
        ("nick:Donald:Don", ["<<Don>> the goggles before you pour the acid. {S}"]),
        ("nick:Cameron:Cam", ["The <<cam>> pushes the follower up once per turn. {S}"]),
        ("nick:Nathaniel:Nat", ["In Lean, <<Nat>> is the type of natural numbers. {S}"]),
        ("nick:Susan:Sue", ["You cannot <<sue>> a compiler for a bad error message. {S}"]),
        ("nick:Andrew:Drew", ["I <<drew>> the free-body diagram first. {S}"]),
    ]
)


# A ninth held-out set, written blind (without reading the anonymizer) after the fixes from HELD_OUT_H;
# kept out of tuning and of the tests' targets (UNSEEN). HELD_OUT_H is a tuned set from then on.
HELD_OUT_I = [
    # E-mails and LMS messages to teachers, notes from home
    (
        "wordname",
        "word",
        "Subject: Extension request - History coursework\n\nDear Mr [[{TI}]],\n\nMy laptop died over the weekend "
        "and I lost the last two pages. Could I hand it in on Wednesday instead? {S}\n\nMany thanks,\n[[{F}]] (10B)",
    ),
    (
        "outsider",
        "",
        "Dear Ms [[{TI}]],\n\nPlease excuse [[{F}]] from PE today - she twisted her ankle at netball on Saturday."
        "\n\nThank you,\n[[{X} {L}]] (mum)",
    ),
    (
        "outsider",
        "",
        _k(
            "To the attendance office:\n[[{F} {L}]] was off school on 14-15 <<March>> with a fever and was seen by "
            "Dr [[{XL}]] at the health centre.\nSigned,\n[[{Y} {L}]] (parent)"
        ),
    ),
    (
        "lowercase",
        "",
        "canvas inbox\nfrom: [[{f} {l}]]\nto: [[{TI}]]\n\nhi sir the quiz crashed at q7 😭 can u reopen it?? {S}",
    ),
    (
        "wordname",
        "word",
        _k(
            "Hi Dr [[{TI}]],\n\nJust a heads-up that [[{F}]] and I will miss Thursday's lab - we're at the regional "
            "<<Model UN>> in <<Leeds>>. {S}\n\nBest wishes,\n[[{O}]]"
        ),
    ),
    (
        "nickname",
        "nick",
        _k(
            "Re: group project\n\nHi [[{TI}]], sorry to bother you, but [[{N}]] hasn't answered our group chat since "
            "<<Monday>> and it's due <<Friday>>. Could we talk after class?\n- [[{O} {OL}]]"
        ),
    ),
    (
        "wordname",
        "word:Grant",
        _k("Dear Mr [[{TI}]],\n[[{F}]] and I would like to apply for the eco-club <<grant>>. {S}\nThanks,\n[[{O}]]"),
    ),
    # Match and club reports
    (
        "wordname",
        "word",
        "Match report: U16 hockey vs Northfield (lost 2-3)\n[[{F}]] scored from a short corner and [[{O}]] made three "
        "saves in goal. Player of the match: [[{F} {L}]]. Coach [[{X}]] says we are still through to the semis. {S}",
    ),
    (
        "nickname",
        "nick",
        "Chess club ladder, week 5\n1. [[{N}]] (1420)\n2. [[{O}]] (1388)\n3. [[{X} {XL}]] (visitor, 1301)\n{S}",
    ),
    (
        "possessive",
        "",
        _k(
            "Cross-country at <<Bramley Park>>: [[{F}]]'s dad timed the finish, [[{O}]] came 4th, and our coach "
            "([[{X}]], an ex-county runner) drove the minibus. {S}"
        ),
    ),
    ("allcaps", "word", "🏆 MVP OF THE SEASON: [[{FU}]] 🏆\nMOST IMPROVED: [[{OU}]]\n{S}"),
    (
        "lowercase",
        "",
        "robotics club minutes\npresent: [[{f}]], [[{o}]], ms [[{XL}]] (cover)\napologies: [[{x}]]\n"
        "actions: [[{f}]] to order the servos\n{S}",
    ),
    (
        "wordname",
        "word:Robin",
        _k("Bird survey, 7 <<March>>\n<<Robin>>: 4, blackbird: 2, wren: 1\nCounted by [[{F}]] and [[{O}]]. {S}"),
    ),
    # Science-fair abstracts and lab write-ups
    (
        "must_stay",
        "",
        _k(
            "Science fair abstract\nDoes <<Epsom>> salt help <<basil>> grow?\n[[{F} {L}]] and [[{O} {OL}]], Year 9. "
            "Mentor: Dr [[{TI}]]\nWe grew 20 plants for six weeks and compared heights with a <<Mann-Whitney>> U test. {S}"
        ),
    ),
    (
        "must_stay",
        "sur:Young",
        _k("Materials lab: [[{F} {L}]] and I measured <<Young>>'s modulus for copper wire; ours was 5% low. {S}"),
    ),
    (
        "famous",
        "",
        _k(
            "Abstract. Following <<{FAM}>> (ref. 3), we model the canteen queue; [[{O}]] collected the arrival times. {S}"
        ),
    ),
    # Book reviews: characters and authors that share a name with the class
    (
        "must_stay",
        "word:Jack",
        _k(
            "Book review: <<Lord of the Flies>> by <<William Golding>>\n<<Ralph>> wants rules and <<Jack>> wants to "
            "hunt. [[{O}]] thinks <<Piggy>> is the only grown-up on the island, and I agree. {S}"
        ),
    ),
    (
        "must_stay",
        "nick:Elizabeth:Lizzie",
        _k(
            "[[{N}]]'s review of <<Pride and Prejudice>>\n<<Elizabeth Bennet>> judges <<Darcy>> too quickly, and "
            "<<Lizzie>> admits as much after the letter. 4/5 stars. {S}"
        ),
    ),
    (
        "must_stay",
        "word:Harper",
        _k(
            "<<Harper Lee>> published <<To Kill a Mockingbird>> in 1960. <<Scout>> narrates and <<Atticus>> defends "
            "<<Tom Robinson>>. [[{F}]] and I argued about <<Boo Radley>> for the whole lesson. {S}"
        ),
    ),
    (
        "must_stay",
        "word:Matilda",
        _k(
            "Year 7 book club read <<Matilda>> by <<Roald Dahl>>. [[{F}]] said Miss <<Honey>> is the best teacher in "
            "any book. {S}"
        ),
    ),
    # Oral exams and vivas
    (
        "wordname",
        "word",
        "Speaking exam (French), candidate [[{SIDD}]]\nEXAMINER: Comment tu t'appelles ?\nCANDIDATE: Je m'appelle "
        "[[{F}]], j'ai quinze ans.\nEXAMINER: Tu as des frères et sœurs ?\nCANDIDATE: Oui, un frère, [[{X}]], et "
        "une sœur, [[{Y}]].\n{S}",
    ),
    (
        "allcaps",
        "",
        "Viva transcript - examiner: Dr [[{TI}]]\nEXAMINER: Walk me through figure 3.\n[[{FU} {LU}]]: So the peak at "
        "450 nm is the dye.\nEXAMINER: And the shoulder next to it?\n[[{FU}]]: I think [[{OU}]] contaminated that "
        "sample, to be honest.\n{S}",
    ),
    (
        "nickname",
        "nick",
        "Presentation Q&A (typed up by [[{O}]])\nQ ([[{X}]], a visiting parent): Why this topic?\nA ([[{N}]]): "
        "Honestly, because my grandad has diabetes. {S}",
    ),
    # Debates
    (
        "split",
        "",
        "Debate: This House would ban homework\nProposition: [[{F} {L}]],\n[[{O} {OL}]]\nOpposition: [[{X}]] and "
        "[[{Y}]] (visiting team)\nChair: Mr [[{TI}]]\n{S}",
    ),
    (
        "lowercase",
        "",
        "debate prep\nprop 1 ([[{f}]]): homework widens the gap\nopp rebuttal ([[{o}]]): it builds habits tho\n"
        "poi from [[{f}]] - declined lol\n{S}",
    ),
    (
        "wordname",
        "word:Justice",
        _k(
            "Motion: <<Justice>> delayed is <<justice>> denied.\nSecond proposition speaker: [[{F}]]\n[[{F}]] opened "
            "with a line from <<Gladstone>>, then [[{O}]] rebutted. {S}"
        ),
    ),
    # Surveys and interviews quoting people
    (
        "outsider",
        "",
        'Survey results (n = 24)\nQ5: Why do you skip breakfast?\n- "no time" - [[{X}]], 14\n- "my mum [[{Y}]] '
        'leaves at 6" - anonymous\n- "not hungry" - [[{O}]]\n{S}',
    ),
    (
        "must_stay",
        "",
        _k(
            'Q3: Where do you revise?\nLibrary 12, <<Starbucks>> 7, <<Costa>> 3, other 2 ("at [[{X}]]\'s house", '
            '"on the bus"). Most replies came in <<March>>. {S}'
        ),
    ),
    (
        "outsider",
        "",
        "Interview 3 of 5\nInterviewee: [[{X} {XL}]], retired nurse, 71\nShe remembered queuing for bread with her "
        "brother [[{Y}]] in 1962. {S}",
    ),
    # Reference lists and in-text citations: a classmate as a source next to published authors
    (
        "initials",
        "",
        _k(
            "References\n<<Dweck>>, C. S. (2006). Mindset. New York: <<Random House>>.\n[[{L}, {I}.]] (2025). Sleep "
            "habits in Year 11. Unpublished class data.\n<<Piaget>>, J. (1952). The Origins of Intelligence in "
            "Children.\n{S}"
        ),
    ),
    (
        "possessive",
        "",
        _k(
            "As <<Vygotsky>> (1978) argued, learning is social, and [[{O} {OL}]]'s class interviews ([[{OL}]], 2025) "
            "point the same way. {S}"
        ),
    ),
    (
        "must_stay",
        "sur:Sagan",
        _k(
            "Works cited\n<<Sagan>>, C. (1980). <<Cosmos>>. New York: <<Random House>>.\n<<Hawking>>, S. (1988). A "
            "Brief History of Time. London: <<Bantam>>.\nInterview with [[{F} {L}]], 3 <<May>> 2025.\n{S}"
        ),
    ),
    (
        "initials",
        "",
        _k("{S} (<<Marmot>> 2010; [[{O[0]}. {OL}]], pers. comm.; <<Wilkinson>> & <<Pickett>> 2009)"),
    ),
    # Document comments and mentions
    (
        "wordname",
        "word",
        "[[{F} {L}]]\n10:14 AM Today\nthis needs a source\n\n[[{O} {OL}]]\n10:20 AM Today\nadded one!\n\n"
        "[[{F} {L}]] resolved this comment\n{S}",
    ),
    ("email", "", "+[[{uf}.{u}@school.org.uk]] can you redo the graph on p3?\nAssigned to [[{F} {L}]]\n{S}"),
    ("lowercase", "", "@[[{f}]] ur on slides 6-8 btw, [[{o}]] has the intro 👍\n{S}"),
    (
        "nickname",
        "nick",
        'Comment from [[{O}]]: "who wrote this bit??"\nReply: prob [[{n}]]?\nReply ([[{N}]]): yep my bad 😅\n{S}',
    ),
    # Version control and code review
    (
        "url_handle",
        "",
        "$ git log --oneline\n4e1a2b9 Merge pull request #18 from [[{uf}{u}]]/fix-heap\n9c0d3e1 typo fix "
        "(thx [[{o}]])\n{S}",
    ),
    (
        "wordname",
        "word",
        "**[[{F}]]** requested changes\n> line 42: this loop never ends when the list is empty\n**[[{O}]]** replied: "
        "good catch, fixed in 7a3e0c1\n{S}",
    ),
    ("url_handle", "", "3f9e2c1a ([[{F} {L}]] 2025-02-11 14:03:22 +0000 12)     return heap[0]\n{S}"),
    ("url_handle", "", "$ git checkout -b [[{uf}]]/add-login\nSwitched to a new branch '[[{uf}]]/add-login'\n{S}"),
    ("lowercase", "word", "PR #23 review: lgtm 👍 but [[{f}]] pls squash ur commits first\n{S}"),
    # Spreadsheets and tables pasted as text
    ("split", "", "name,group,score\n[[{F} {L}]],B,17\n[[{O} {OL}]],B,15\n[[{X} {XL}]],guest,-\n{S}"),
    (
        "student_id",
        "",
        "student_id,surname,first_name,mark\n[[{SIDD}]],[[{L}]],[[{F}]],72\npending,[[{OL}]],[[{O}]],68\n{S}",
    ),
    (
        "split",
        "",
        "| Role | Name |\n|------|------|\n| Leader | [[{F} {L}]] |\n| Scribe | [[{O}]] |\n| Timekeeper | [[{X}]] "
        "(exchange student) |\n{S}",
    ),
    (
        "wordname",
        "word",
        "| Task | Owner | Done |\n|---|---|---|\n| Intro | [[{F}]] | ✅ |\n| Method | [[{O}]] | ❌ |\n"
        "| Graphs | [[{F}]] + me | ✅ |\n{S}",
    ),
    ("lowercase", "", '"[[{l}, {f}]]","10B","absent"\n"[[{ol}, {o}]]","10B","present"\n{S}'),
    # Signatures with pronouns
    ("wordname", "word", "{S}\n\n[[{F}]] (they/them)\nYear 12 | Eco Club secretary"),
    (
        "nickname",
        "nick",
        "Hi everyone! I go by [[{N}]] (any pronouns), not [[{F}]], so don't trust the register. {S}",
    ),
    ("email", "", "{S}\n\n[[{F} {L}]] (she/her)\nStudent Council Treasurer\n[[{u}.{uf}.{d}@pupils.school.sch.uk]]"),
    # Particles, hyphens, apostrophes, given names of two words
    ("non_english", "sur:van Dijk", "[[Van Dijk]] and I ran the pendulum trials; [[{F}]] did the error bars. {S}"),
    ("non_english", "sur:O'Neill", "{S} The diagrams are [[{F} O’Neill]]’s."),
    (
        "non_english",
        "word:Jean-Luc,sur:Fontaine",
        "{S} Thanks to [[Jean Luc]] (everyone calls him [[JL]]) for the titration data.",
    ),
    ("non_english", "word:Abdulrahman,sur:Al-Hassan", "Group 4: [[Abdul Rahman Alhassan]], [[{O} {OL}]]\n{S}"),
    ("non_english", "word:Nurul Aina,sur:binti Rahman", "{S} [[Aina]] said our control group was too small."),
    ("non_english", "sur:dos Santos", "Lab partner: [[{F} Santos]]\n{S}"),
    ("non_english", "word:Mary-Kate,sur:MacLeod", "[[Mary Kate Macleod]] and [[{O}]] presented first. {S}"),
    ("possessive", "sur:D'Souza", "{S} I borrowed [[Dsouza]]'s calculator."),
    # East Asian names, surname first; an English name used in class
    (
        "non_english",
        "word:Haruto,sur:Sato",
        "Exchange diary, day 3: [[Sato]]-kun showed me how to fold cranes and [[{O}]] made forty. {S}",
    ),
    ("non_english", "word:Seo-yeon,sur:Park", "[[PARK Seoyeon]] / [[{O} {OL}]] - chemistry pair work\n{S}"),
    (
        "non_english",
        "word:Xiaoming,sur:Wang",
        "{S} [[Wang Xiaoming]] (he goes by [[Tony]] in class) soldered the circuit.",
    ),
    ("non_english", "word:Thị Lan,sur:Trần", "[[Tran Thi Lan]] - bài tập nhóm\n{S}"),
    # Names transliterated from, or written in, another script
    ("non_english", "word:Дмитрий,sur:Волков", "{S} [[Dmitry Volkov]] and I split the calculations."),
    ("non_english", "word:Yevgeniya,sur:Kuznetsova", "Thanks [[Evgenia]] for lending us the pipettes! {S}"),
    (
        "non_english",
        "word:Georgios,sur:Papadopoulos",
        _k("[[Yiorgos P.]] brought baklava for our presentation on <<Greece>>. {S}"),
    ),
    ("non_english", "word:Olena,sur:Shevchenko", "{S}\n\n— [[Олена Шевченко]]"),
    # Middle names and initials
    ("initials", "", "[[{F} R. {L}]]\nYear 13 Physics - Coursework\n{S}"),
    ("initials", "", "{S}\n\n[[{I}. Benedict {L}]], President, Debating Society"),
    ("initials", "", "Sign-out sheet\n[[{LU}, {I}.]] - 3:15pm - dentist\n{S}"),
    # Headers in capitals
    ("allcaps", "", "==== [[{FU} {LU}]] — YEAR 11 — CHEMISTRY PRACTICAL ====\n{S}"),
    ("allcaps", "", "SIGN-UP SHEET: ROBOTICS\n1. [[{LU}]]\n2. [[{OU}]]\n3. [[{XU}]] (YEAR 8)\n{S}"),
    ("allcaps", "word", "HAPPY BIRTHDAY [[{FU}]]!!! 🎂🎉 {S}"),
    # A classmate's name misspelt by a letter
    ("lowercase", "word:Aaliyah", "{S} [[aliyah]] said she'd bring the poster board"),
    ("possessive", "sur:Johansson", "[[Johanson]]'s graph has no units. {S}"),
    ("non_english", "word:Camille", "{S} Thanks [[Camile]] for lending me your notes!"),
    ("lowercase", "word:Tobias", "ty [[tobais]] for the charger lol {S}"),
    ("non_english", "word:Ngozi,sur:Oyelaran", "{S} [[Ngozie Oyelaren]] measured the pH."),
    # Names glued to punctuation or emoji
    ("lowercase", "", "thx [[{f}]]!!🙏🙏 {S}"),
    ("lowercase", "", "@[[{o}]]: did u upload it?\n@[[{f}]]: yh check the drive\n{S}"),
    ("wordname", "word", "🏆[[{F}]]🏆 won the bake-off! {S}"),
    ("lowercase", "word", "ok thats all from me.[[{f}]] out✌️ {S}"),
    # People not on the roster, in every role
    (
        "outsider",
        "",
        "Pen pal letter\nDear [[Ioana]],\nThank you for the postcard! Here it is raining again. My little brother "
        "[[{X}]] says hello. {S}\nYour friend,\n[[{F}]]",
    ),
    ("outsider", "", "{S} The school nurse, Mrs [[{XL}]], checked my inhaler before the race."),
    ("outsider", "", "My twin [[{X}]] is in the other maths set, so we compared homework. {S}"),
    ("outsider", "", _k("My cousin [[Lincoln]] lives in <<Lincoln>>, so I stayed with him for the open day. {S}")),
    ("outsider", "", "{S} My baby sister [[Blessing]] was born during mocks, so sorry about the late work."),
    (
        "outsider",
        "",
        "I interviewed my grandad, [[{X} {XL}]], about rationing. He said his mother [[{Y}]] queued for hours. {S}",
    ),
    ("outsider", "", "{S} The bus driver, [[Trevor]], let us off early."),
    ("outsider", "", "Work experience log: I shadowed [[{X}]], a paramedic, and her crewmate [[Ravi]]. {S}"),
    ("outsider", "", "Our DofE assessor, [[{X} {XL}]], signed off the expedition. {S}"),
    ("outsider", "", "{S} My neighbour [[Precious]] (she's 9) tested the app."),
    # Student numbers in new places
    ("student_id", "", "RE: [[{SID}]] - late submission\n\n{S}"),
    ("student_id", "", "{S} (my ID is [[{SIDD[0]}{SIDD[1]}{SIDD[2]}-{SIDD[3]}{SIDD[4]}{SIDD[5]}{SIDD[6]}]])"),
    ("student_id", "", "https://lms.school.org/users/[[{sid}]]/grades\n{S}"),
    ("student_id", "", "Submitted by [[{F} {L}]] ([[{SID}]]) on 12 Mar 2025, 23:58\n{S}"),
    # Words and names in the same texts that must stay
    (
        "must_stay",
        "word:Charity",
        _k(
            "House points: <<Faith>> 212, <<Hope>> 198, <<Charity>> 240. [[{F}]] won the most for <<Charity>> this "
            "term. {S}"
        ),
    ),
    (
        "must_stay",
        "word:Poppy",
        _k("We sold <<poppies>> for the <<Poppy>> Appeal in <<November>>; [[{F}]] ran the stall with [[{O}]]. {S}"),
    ),
    ("must_stay", "word:Mercedes", _k("{S} [[{F}]]'s uncle drove us to the match in his <<Mercedes>>.")),
    (
        "must_stay",
        "word:Sofia",
        _k("Fieldwork: we compared air quality in <<Sofia>>, <<Plovdiv>> and <<Varna>>. [[{F}]] drew the map. {S}"),
    ),
    ("must_stay", "nick:Benjamin:Ben", _k("[[{N}]]'s business case study was <<Ben & Jerry's>>. {S}")),
    ("must_stay", "sur:King", _k("Essay: Is <<King Lear>> a tragedy of pride?\nby [[{F} {L}]]\n{S}")),
    (
        "must_stay",
        "",
        _k("<<Pavlov>>'s dogs, <<Skinner>>'s box and <<Bandura>>'s doll: [[{O}]] made flashcards for all three. {S}"),
    ),
    ("must_stay", "sur:White", _k("{S} [[{L}]] counted <<white>> blood cells while I did the red ones.")),
    ("must_stay", "word:Chester", _k("Trip to <<Chester>> Zoo: [[{F}]] and [[{O}]] did the penguin survey. {S}")),
    ("must_stay", "", _k("Temperatures went from <<Fahrenheit>> to <<Celsius>> and then to <<kelvin>>. {S}")),
    (
        "must_stay",
        "word:Regina",
        _k("We flew from <<Regina>> to <<Saskatoon>> for the robotics final; [[{F}]] got the aisle seat. {S}"),
    ),
    (
        "wordname",
        "word:Carol",
        _k("{S} [[{F}]] read the second lesson at the <<carol>> service and [[{O}]] played the piano."),
    ),
    ("wordname", "word:Dean", _k("The <<Dean>> of Sixth Form congratulated [[{F}]] on the debate win. {S}")),
    ("nickname", "nick:Theodore:Ted", _k("[[{N}]] gave a <<TED>>-style talk on sleep in assembly. {S}")),
    ("famous", "", _k('{S} Poster: "What would <<{FAM}>> do?" by [[{F}]] & [[{O}]]')),
    ("famous", "", _k("debate prep: [[{f}]] will quote <<{FAM}>>, i'll do the stats. {S}")),
]
HELD_OUT_I += _word_pairs(
    [
        (
            "word:Carol",
            ["We sang a <<carol>> at the end-of-term concert. {S}", "<<Carol>> singers came round on <<Friday>>."],
        ),
        (
            "word:Robin",
            ["A <<robin>> nested in the bike shed. {S}", "<<Robin>> numbers fell in this year's bird count."],
        ),
        (
            "word:Rowan",
            [
                "The <<rowan>> berries turned red in <<September>>. {S}",
                "<<Rowan>> trees were the tallest in the quadrat.",
            ],
        ),
        ("word:Jade", ["The little statue is carved from <<jade>>. {S}", "<<Jade>> is softer than quartz."]),
        (
            "word:Pearl",
            ["An oyster makes a <<pearl>> around grit. {S}", "<<Pearl Harbor>> was attacked in <<December>> 1941."],
        ),
        ("word:Ginger", ["<<Ginger>> beer fizzed over in the lab. {S}", "Add a pinch of <<ginger>> to the dough."]),
        ("word:Grant", ["The club got a <<grant>> for new kit. {S}", "<<Grant>> edit access to the folder first."]),
        ("word:Reed", ["The <<reed>> on my clarinet split. {S}", "<<Reed>> beds filter the run-off."]),
        ("word:Fern", ["A <<fern>> has no flowers. {S}", "<<Fern>> spores sit under the leaves."]),
        ("word:Clay", ["The <<clay>> soil held the most water. {S}", "<<Clay>> pots were left to dry overnight."]),
        ("word:Harmony", ["The choir sang in <<harmony>>. {S}", "<<Harmony>> Week starts with an assembly."]),
        (
            "word:Aurora",
            ["We saw the <<aurora>> from the coach window. {S}", "<<Aurora>> borealis is caused by the solar wind."],
        ),
        ("word:Skye", ["The geography trip went to <<Skye>>. {S}", "The Isle of <<Skye>> has no railway."]),
        (
            "word:Marina",
            ["Boats in the <<marina>> were counted every hour. {S}", "<<Marina>> berths cost more in summer."],
        ),
        ("word:Dean", ["I made the <<dean>>'s list. {S}", "<<Dean>> of Students is a new post."]),
        ("nick:Dorothy:Dot", ["Take the <<dot>> product of the two vectors. {S}"]),
        ("nick:Rodney:Rod", ["A copper <<rod>> conducted heat fastest. {S}"]),
        ("nick:Patrick:Paddy", ["Rice grows in a flooded <<paddy>>. {S}"]),
        ("nick:Valentina:Val", ["The <<val>> loss stopped falling after epoch 8. {S}"]),
    ]
)


# A tenth held-out set, written blind (without reading the anonymizer) after the fixes from
# HELD_OUT_I, and measured once before anything was fixed from it.
# A tenth held-out set, written blind (without reading the anonymizer): lab notebooks, group
# contracts, journals, tutoring logs, chat exports with reactions, caption files, support and
# extension requests, reference drafts, yearbooks, club minutes, code review, notebooks, LaTeX,
# citations, voice memos, text messages, texts in other languages, and words that look like names.
HELD_OUT_J = [
    # Lab notebooks
    (
        "initials",
        "",
        "Lab notebook p.{d}\n14/03 - titration of HCl vs NaOH, three runs.\nRun 2 spoiled (the burette leaked), "
        "redone by [[{I}{LI}]].\nWitnessed: [[{O[0]}{OL[0]}]]\n{S}",
    ),
    (
        "wordname",
        "word",
        "Notebook - Tuesday\nAim: specific heat capacity of the aluminium block.\n10:05 [[{F}]] set up the heater, "
        "I zeroed the balance.\n10:40 temperature stuck at 31 °C; [[{F}]] thinks the thermometer is faulty.\n{S}",
    ),
    (
        "must_stay",
        "",
        _k(
            "Lab book, week 9\nWe swabbed the door handles onto a <<Petri>> dish and swirled the broth in an "
            "<<Erlenmeyer>> flask; [[{O}]] streaked the agar while I labelled. Plates stay in the incubator until "
            "<<Thursday>>. {S}"
        ),
    ),
    # Group contracts and team charters
    (
        "split",
        "",
        "GROUP CONTRACT - Team 3\nWe, the undersigned, agree to reply in the group chat within 24 hours.\n\nSigned:\n"
        "1. [[{F}]]\n   [[{L}]]\n2. [[{O} {OL}]]\n3. ____________ (absent)\n{S}",
    ),
    (
        "wordname",
        "word",
        "Team charter\nRoles: facilitator - [[{F}]]; note-taker - [[{O}]]; devil's advocate - whoever is late.\n"
        "If someone misses two meetings, [[{F}]] emails Dr [[{TI}]]. {S}",
    ),
    (
        "lowercase",
        "",
        "group agreement (draft 2)\n- no ghosting\n- [[{f}]] does the final proofread\n- if [[{o}]] is late again "
        "they buy snacks lol\n{S}",
    ),
    # Reflective journals, family and friends with and without a cue word
    (
        "outsider",
        "",
        "Reflective journal, entry 6\nHard week. Nan went into hospital so I stayed with Auntie [[{X}]] and did the "
        "reading on the bus. {S}",
    ),
    (
        "outsider",
        "",
        "Journal, 12th\n[[{X}]] came over after dinner and we watched the match instead of revising. Bad idea. {S}",
    ),
    (
        "wordname",
        "word",
        "Reflection: what would I do differently?\nListen to [[{F}]] sooner. [[{F}]] said in week 2 that our sample "
        "was too small and I ignored it. {S}",
    ),
    ("outsider", "", "[[{X}]] picked me up at six, so I finished the questions in the car. {S}"),
    ("outsider", "", "{S} Went to [[{X}]]'s after school; [[{Y}]] was there too and we did flashcards."),
    (
        "outsider",
        "",
        "Family tree for the genetics task: Grandad [[{X}]] (blue eyes) → Dad [[{Y}]] (brown) → me (brown). {S}",
    ),
    ("outsider", "", "I couldn't do the survey at home because [[Kacper]] had his friends round all evening. {S}"),
    ("outsider", "", "Babysat [[Olly]] and [[Freya]] all weekend, sorry this is short. {S}"),
    (
        "outsider",
        "",
        "Trip form\nEmergency contact: [[{X} {L}]] (mum)\nMedical: asthma - inhaler in bag\nBuddy: [[{O}]]\n{S}",
    ),
    # Tutoring logs
    (
        "outsider",
        "",
        "Tutoring log\nDate: 11/02   Tutor: [[{F} {L}]]   Tutee: [[{X}]] (Year 8)\nTopic: fractions. [[{X}]] can add "
        "them now but still panics at division. {S}",
    ),
    (
        "nickname",
        "nick",
        "Peer tutoring notes - tutor [[{N}]], tutee [[{O}]]\n- went over loops again\n- [[{o}]] gets for-loops, not "
        "while-loops\nnext time: [[{n}]] brings past papers\n{S}",
    ),
    (
        "lowercase",
        "",
        "maths drop-in, room 4\n3.15 [[{f} {l}]] - simultaneous eqns\n3.40 [[{o} {ol}]] - vectors\n3.55 [[{x}]] "
        "(not on the list, let her stay)\n{S}",
    ),
    # Slack, Teams and Zoom exports; caption files
    (
        "wordname",
        "word",
        "[[{F} {L}]]  9:12 AM\nanyone have the dataset link?\n:eyes: 2\n[[{O} {OL}]]  9:14 AM\nit's pinned in "
        "#lab-4\n:pray: 1  :white_check_mark: 1\n{S}",
    ),
    ("lowercase", "", "👍 3 ([[{f}]], [[{o}]], [[{x}]])\n😂 1 ([[{o}]])\n{S}"),
    (
        "allcaps",
        "",
        "[[{O} {OL}]] pinned a message to this channel.\n📌 READ THIS [[{FU}]]: THE RUBRIC CHANGED\n{S}",
    ),
    (
        "url_handle",
        "",
        '{{"user_name": "[[{uf}.{u}]]", "real_name": "[[{F} {L}]]", "text": "{S}"}}',
    ),
    (
        "wordname",
        "word",
        "Meeting started 14:00\n[[{F} {L}]] joined the meeting\n[[{O} {OL}]] joined the meeting\n[[{F} {L}]] left "
        "the meeting\nTranscript: {S}",
    ),
    (
        "lowercase",
        "",
        "10:02:11 From [[{f} {l}]] to Everyone: can u hear me\n10:02:30 From [[{o}]] to Everyone: yes\n10:03:02 From "
        "[[{f} {l}]] to [[{o}]] (Direct Message): thank god\n{S}",
    ),
    (
        "split",
        "",
        "WEBVTT\n\n00:00:01.200 --> 00:00:04.000\n<v [[{F} {L}]]>So today we're looking at\n\n00:00:04.100 --> "
        "00:00:06.900\n<v [[{O}]]>sorry [[{F}]], your mic cut out\n{S}",
    ),
    (
        "wordname",
        "word",
        "📊 Poll: meet at the library or at [[{O}]]'s?\n• library - [[{F}]], [[{X}]]\n• [[{O}]]'s - 2 votes\n{S}",
    ),
    # Support, accessibility and extension requests
    (
        "wordname",
        "word",
        "To: Disability Support\nRe: exam arrangements\n\nHello, I'm [[{F} {L}]] ([[{SID}]]). My support plan was "
        "written by [[{X} {XL}]] last year and gives me 25% extra time. {S}",
    ),
    (
        "outsider",
        "",
        _k(
            "Extension request form\nReason: bereavement - my grandfather [[{X} {XL}]] died on 2 <<February>>.\n"
            "Evidence: letter from my GP, Dr [[Menon]].\n{S}"
        ),
    ),
    (
        "nickname",
        "nick",
        _k(
            "Hi Ms [[{TI}]], this is [[{N}]] (it's [[{F} {L}]] on the system). I have my dyslexia assessment on "
            "<<Monday>>, so could I sit the quiz on <<Wednesday>>? {S}"
        ),
    ),
    # Reference drafts, brag sheets, certificates, thank-you cards
    (
        "wordname",
        "word",
        "DRAFT - reference for [[{F} {L}]] (for Mr [[{TI}]] to edit)\nI have taught [[{F}]] for two years. [[{F}]] is "
        "curious, punctual and kind to younger students. {S}",
    ),
    (
        "possessive",
        "",
        "Brag sheet for my recommender\nName: [[{F} {L}]]\nProudest moment: coaching my brother [[{X}]]'s under-10s "
        "to the league final.\nWho can vouch for me: [[{O} {OL}]] (captain). {S}",
    ),
    (
        "wordname",
        "word",
        "CERTIFICATE OF ACHIEVEMENT\nawarded to\n[[{F} {L}]]\nfor outstanding effort in Science\nsigned: [[{TI}]], "
        "Head of Year\n{S}",
    ),
    (
        "outsider",
        "",
        "Dear Mrs [[{TI}]],\nThank you for believing in me this year. My mum [[{X}]] says thank you too!\n"
        "Love from [[{F}]] xx",
    ),
    # Yearbooks, elections, notices
    (
        "allcaps",
        "",
        '[[{FU} {LU}]]\nMost likely to: fix the printer\nQuote: "{S}"\nShoutouts: [[{o}]], [[{x}]], Ms [[{TI}]] 💛',
    ),
    (
        "nickname",
        "nick",
        "Yearbook - Class of 2025\n[[{F} '{N}' {L}]]\nFavourite memory: the Year 10 trip when [[{N}]] and [[{O}]] got "
        "lost in the museum. {S}",
    ),
    (
        "must_stay",
        "",
        _k(
            "Leavers' awards\nBest dressed: [[{F}]]\nClass clown: [[{O}]]\nMost likely to move to <<Paris>>: [[{X}]] "
            "(exchange student)\n{S}"
        ),
    ),
    ("allcaps", "", "VOTE [[{LU}]] FOR STUDENT COUNCIL!!! 🗳️\n{S}"),
    (
        "allcaps",
        "",
        "PERMISSION SLIP - YEAR 10 TRIP\nSTUDENT: [[{FU} {LU}]]\nPARENT/CARER: [[{XU} {LU}]]\n{S}",
    ),
    (
        "possessive",
        "",
        "FOUND: blue water bottle with '[[{F}]]' written on the lid, outside lab 3. Also a calculator labelled "
        "[[{L}]]. {S}",
    ),
    # Sports and club minutes
    (
        "initials",
        "",
        "Chess Society AGM - minutes\nMotion to raise subs to £5: proposed [[{I}{LI}]], seconded [[{O}]]. Carried "
        "11-2.\nTreasurer's report deferred. {S}",
    ),
    # Code review, commits, notebooks, LaTeX
    (
        "wordname",
        "word",
        "```suggestion\nreturn left + right\n```\n**[[{F}]]**: nit - same as line 40, can we reuse it?\n**[[{O}]]** "
        "(author): done, thanks [[{F}]]\n{S}",
    ),
    ("email", "", "# Reviewed-by: [[{F} {L} <{uf}@uni.edu>]]\n# Signed-off-by: [[{O} {OL}]]\n# {S}"),
    ("lowercase", "", "// hack by [[{f}]] - pls dont judge\n// [[{o}]]: judging\n// {S}"),
    (
        "url_handle",
        "",
        'git config user.name "[[{F} {L}]]"\ngit config user.email "[[{uf}{u}@users.noreply.github.com]]"\n{S}',
    ),
    (
        "student_id",
        "",
        "In [3]: df[df.student == '[[{SID}]]']\nOut[3]:\n   student    name          score\n0  [[{SID}]]  "
        "[[{F} {L}]]   {d}\n{S}",
    ),
    (
        "wordname",
        "word",
        '# In[7]:\n\n# [[{F}]]\'s cleaning step - do not rerun!\ndf = df.dropna()\nprint("done by [[{F}]]")\n# {S}',
    ),
    (
        "url_handle",
        "",
        "FileNotFoundError                         Traceback (most recent call last)\nCell In[12], line 1\n----> 1 "
        "pd.read_csv('/home/[[{uf}{u}]]/Downloads/survey_final.csv')\n{S}",
    ),
    ("plain", "", '"metadata": {{"authors": [{{"name": "[[{F} {L}]]"}}, {{"name": "[[{O} {OL}]]"}}]}}\n# {S}'),
    (
        "plain",
        "",
        "INSERT INTO members (first, last) VALUES ('[[{F}]]', '[[{L}]]'), ('[[{O}]]', '[[{OL}]]');\n-- {S}",
    ),
    ("plain", "", '=VLOOKUP("[[{F} {L}]]", A2:D40, 3, FALSE)  <- returns #N/A, ask [[{O}]]\n{S}'),
    (
        "initials",
        "",
        "\\documentclass{{article}}\n\\title{{Pendulum lab}}\n\\author{{[[{I}.~{L}]] \\and [[{O}~{OL}]]}}\n"
        "\\date{{\\today}}\n% {S}",
    ),
    ("email", "", "\\author{{[[{F} {L}]]\\thanks{{Email: \\texttt{{[[{uf}.{u}@uni.edu]]}}\n  }}\n}}\n% {S}"),
    (
        "must_stay",
        "",
        _k(
            "\\section{{Related work}}\n<<Hoare>>'s partition scheme~\\cite{{hoare62}} beats <<Lomuto>>'s; [[{O}]] "
            "benchmarked both for us. {S}"
        ),
    ),
    (
        "outsider",
        "",
        "\\begin{{acknowledgements}}\nWe thank [[{X} {XL}]] for access to the greenhouse and Dr [[{TI}]] for comments "
        "on a draft.\n\\end{{acknowledgements}}\n{S}",
    ),
    # Citations of classmates' work next to published authors
    (
        "initials",
        "",
        _k(
            '[1] <<E. W. Dijkstra>>, "A note on two problems in connexion with graphs," 1959.\n[2] [[{I}. {L}]] and '
            '[[{O[0]}. {OL}]], "Shortest paths on the campus map," class project, 2025.\n{S}'
        ),
    ),
    (
        "possessive",
        "",
        "{S} This extends the model in [[{OL}]] et al. (our Year 12 group, 2024), which ignored air resistance.",
    ),
    # Voice memos and text messages
    (
        "lowercase",
        "",
        "[voice memo 0:42]\num so yeah basically [[{f}]] was like, uh, we should redo the graph, and i'm like, "
        "[[{f}]], it's due tomorrow?? anyway {S}",
    ),
    (
        "outsider",
        "",
        "(transcribed voice note) okay so, uh, mum says hi, and, um, [[{X}]] - my, my stepdad - he says the printer's "
        "fixed. {S}",
    ),
    ("lowercase", "", "omg [[{f}]] did u see the email frm mr [[{TI}]]?? hes moved the test 2 tmrw 💀\n{S}"),
    ("lowercase", "word:Chen", "heyyy [[chennn]] r u coming to the library or nah {S}"),
    ("non_english", "word:Aoife,sur:Brennan", "sorry autocorrect keeps changing [[Aoife]] to Aloe 🙄 {S}"),
    # Names in quotes, punctuation, emoji, numbers and brackets
    ("wordname", "word", 'Title slide: "Soil pH in the school garden" by \'[[{F}]]\' and "[[{O}]]"\n{S}'),
    ("nickname", "nick", 'Everyone calls me "[[{N}]]" but please print "[[{F} {L}]]" on the certificate. {S}'),
    ("punctuation", "", "who's presenting?? [[{F}]]?? [[{O}]]?? anyone?? 😭 {S}"),
    ("punctuation", "", "Scores after round 2 → [[{F}]]:14, [[{O}]]:11, [[{X}]]:9 (guest)\n{S}"),
    ("punctuation", "", "Team 3: [[{F}]], [[{O}]]\nTeam 4: [[{X}]] + me\n{S}"),
    ("punctuation", "", "~~[[{O}]]~~ [[{F}]] is presenting the method now (swapped)\n{S}"),
    ("punctuation", "", "Rota: Mon/Wed [[{F}]] | Tue/Thu [[{O}]] | Fri [[{F}]]&[[{O}]]\n{S}"),
    ("punctuation", "", "[Name: [[{F} {L}]]] [Group: 4] [Partner: [[{O}]]]\n{S}"),
    ("punctuation", "", "✨[[{F}]]✨ & 🌟[[{O}]]🌟 won the poster prize!! {S}"),
    ("punctuation", "", "Secret Santa 🎅\n[[{F}]] → [[{O}]]\n[[{O}]] → [[{X}]]\n{S}"),
    ("punctuation", "", "{S}\n\n- [[{i}{l[0]}]]"),
    ("plain", "", "[[{TI}]] said calculators are allowed in paper 2, so [[{O}]] owes me a quid. {S}"),
    # Capitals
    ("allcaps", "word", "=== NOTES FROM [[{FU}]]'S REVISION SESSION ===\n{S}"),
    # Double-barrelled names, apostrophes, hyphenated first names
    ("compound", "sur:Ashworth-Kane", "[[{F} {L}]] (just [[Ashworth]] on the team sheet) took the corners. {S}"),
    ("compound", "word:Anne-Marie", "[[Anne-Marie]] (or [[Annie]], as she signs herself) did the risk assessment. {S}"),
    ("compound", "sur:O'Connor", "Name on the form: [[{F} OConnor]] (should be [[O’Connor]]). {S}"),
    ("compound", "sur:N'Diaye", "{S} [[{F} N’Diaye]]’s data was the cleanest."),
    ("compound", "sur:D'Angelo", "[[dangelo]] pls reply 🙏 {S}"),
    ("compound", "word:Mary-Jane,sur:Fitzgerald-Brown", "[[M-J]] and [[{O}]] made the poster. {S}"),
    ("compound", "sur:Smith-Okafor", "[[{L}]] - no, the other [[Smith]] - ran the survey. {S}"),
    # Other languages
    (
        "non_english",
        "intl",
        "Informe de laboratorio\nIntegrantes: [[{F} {L}]] y [[{O} {OL}]]\nProfesora: [[{TI}]]\n{S}",
    ),
    (
        "non_english",
        "",
        _k("Mi compañera [[{F}]] y yo repetimos la medición en <<mayo>> porque el sensor falló. {S}"),
    ),
    (
        "non_english",
        "",
        _k("Je remercie [[{F}]] et sa mère, [[{X}]], de m'avoir accueilli à <<Lyon>> pendant le stage. {S}"),
    ),
    ("non_english", "", _k("[[{F}]] hat die Messung am <<Montag>> wiederholt, weil [[{O}]] krank war. {S}")),
    (
        "non_english",
        "",
        "Sehr geehrte Frau [[{TI}]],\nich bin leider krank. Mein Bruder [[{X}]] bringt die Hausaufgabe morgen vorbei.\n"
        "Mit freundlichen Grüßen\n[[{F} {L}]]",
    ),
    (
        "non_english",
        "word:Łukasz,sur:Wójcik",
        "Pracowałem z [[Łukaszem]] nad zadaniem trzecim, a [[{O}]] sprawdził wyniki. {S}",
    ),
    (
        "non_english",
        "word:Ayşe,sur:Çelik",
        "[[Ayşe]]'nin ödevi benimkinden daha iyi; [[Ayşe]]'yle birlikte tekrar çalıştık. {S}",
    ),
    (
        "non_english",
        "",
        _k("Eu e o [[{O}]] fizemos o relatório em <<Lisboa>>; a professora [[{TI}]] corrigiu tudo. {S}"),
    ),
    ("non_english", "word:Ville,sur:Johansson", "Tein tehtävän [[Villen]] kanssa, ja [[{O}]] piirsi kuvaajan. {S}"),
    ("non_english", "word:Maria,sur:Petrov", "{S} Спасибо [[Маше]] за конспекты!"),
    ("non_english", "", "Ringrazio [[{F}]] per gli appunti e mio fratello [[{X}]] per il passaggio. {S}"),
    ("non_english", "intl", "Tack till [[{F0}]] som lånade ut sin miniräknare. {S}"),
    ("non_english", "", "Terima kasih kepada [[{F}]] dan [[{O}]] atas bantuannya. {S}"),
    ("non_english", "word:Ahmed,sur:Haddad", "شكراً جزيلاً [[أحمد]] على المساعدة في التجربة. {S}"),
    # Student numbers
    ("student_id", "", "Exam hall seating: desk 14 - [[{SIDD}]] - [[{LU}, {F}]]\n{S}"),
    (
        "student_id",
        "",
        "Turnitin receipt\nSubmission author: [[{F} {L}]]\nSubmission ID: 2291{d}88\nUser: [[{sid}]]\n{S}",
    ),
    ("student_id", "", "hey can u sign me in, my number is [[{SID0}]] lol\n{S}"),
    # E-mails, handles
    ("url_handle", "", "my gamertag is [[{uf}_{u}{d}]] if anyone wants to revise on discord lol {S}"),
    (
        "email",
        "",
        "Study group: chapter 5\nOrganizer: [[{uf}.{u}@uni.edu]]\nAccepted: [[{O} {OL}]]\nTentative: [[{F}]]\n{S}",
    ),
    (
        "email",
        "",
        "----- Forwarded message -----\nFrom: [[{X} {L}]] <[[{x}.{u}@gmail.com]]>\nTo: [[{uf}.{u}@uni.edu]]\n"
        "Here's the photo of the lab sheet you left at home. Love, Mum\n{S}",
    ),
    # Peer assessment
    ("initials", "", "Peer assessment\n[[{I}{LI}]] 4/5 | [[{O[0]}{OL[0]}]] 5/5 | self 4/5\n{S}"),
    # Words, places, products and course content that must stay next to names
    (
        "must_stay",
        "word:Taylor",
        _k("[[{F}]] derived the <<Taylor>> series for sin x and I did the <<Maclaurin>> one. {S}"),
    ),
    ("must_stay", "sur:Pearson", _k("{S} [[{L}]] ran <<Pearson>>'s r and <<Spearman>>'s rho on the reaction times.")),
    ("must_stay", "word:Adam", _k("We trained with <<Adam>> (lr 3e-4); [[{F}]] tried SGD and it diverged. {S}")),
    (
        "must_stay",
        "word:Grace",
        _k("<<GRACE>> satellite data show the ice sheet losing mass; [[{F}]] made the map. {S}"),
    ),
    (
        "must_stay",
        "word:Eliza",
        _k("For the AI history talk [[{F}]] demoed <<ELIZA>> and I covered <<Turing>>'s test. {S}"),
    ),
    (
        "must_stay",
        "nick:Elizabeth:Liz",
        _k("[[{N}]] takes the <<Elizabeth>> line to <<Paddington>> every morning. {S}"),
    ),
    ("must_stay", "word:Frank", _k("History essay: <<Anne Frank>>'s diary as a source\nby [[{F} {L}]]\n{S}")),
    (
        "must_stay",
        "nick:Nicholas:Nick",
        _k("[[{N}]] thinks <<Nick Carraway>> is an unreliable narrator; I think <<Gatsby>> is worse. {S}"),
    ),
    ("must_stay", "word:Daisy", _k("{S} In the seminar [[{F}]] argued that <<Daisy>> never loved <<Gatsby>>.")),
    (
        "must_stay",
        "word:Claude",
        _k("I checked my essay with <<Grammarly>>, not <<ChatGPT>> or <<Claude>>. [[{F}]] can confirm. {S}"),
    ),
    (
        "must_stay",
        "word:Victor",
        _k(
            "Drama cast list\n<<Victor Frankenstein>> - [[{F} {L}]]\nThe Creature - [[{O}]]\n<<Elizabeth>> - [[{X}]] "
            "(Year 12)\n{S}"
        ),
    ),
    (
        "must_stay",
        "",
        _k(
            "Recital programme\n<<Chopin>> - Nocturne in E-flat: [[{F} {L}]] (piano)\n<<Bach>> - Cello Suite No. 1: "
            "[[{O} {OL}]]\n{S}"
        ),
    ),
    (
        "must_stay",
        "word:Nelson",
        _k("[[{F}]]'s speech was about <<Nelson Mandela>>; mine was about <<Nelson>>'s Column. {S}"),
    ),
    ("must_stay", "word:José", _k("We flew to <<San José>> for the coding camp; [[{F}]] sat next to me. {S}")),
    ("must_stay", "word:Mark", _k("We got the cake from <<Marks & Spencer>>; [[{F}]] paid. {S}")),
    (
        "must_stay",
        "word:Linus",
        _k("<<Linux>> is named after <<Linus Torvalds>>; [[{F}]] installed it on the club laptops. {S}"),
    ),
    ("must_stay", "word:Bert", _k("[[{F}]] fine-tuned <<BERT>> on the tweets and I tried <<ELMo>>. {S}")),
    ("must_stay", "word:Will", _k("<<Will>> [[{F}]] be at practice? Coach needs numbers by <<Friday>>. {S}")),
    ("must_stay", "word:Hope", _k("<<Hope>> [[{F}]] feels better soon - the card is in the staff room. {S}")),
    ("must_stay", "word:Rose", _k("[[{F}]] <<rose>> to speak first at the assembly. {S}")),
    ("must_stay", "word:Art", _k("<<Art>> coursework: [[{F}]]'s <<Frida Kahlo>>-style self-portrait. {S}")),
    ("must_stay", "word:Joy", _k("[[{F}]] played <<Ode to Joy>> on the recorder at the open evening. {S}")),
    # Famous names in course content
    (
        "famous",
        "",
        _k(
            "Revision flashcard\nFront: Who is the <<{FAM}>> method named after?\nBack: <<{FAM}>>. ([[{O}]]'s card, "
            "borrowed)\n{S}"
        ),
    ),
    ("famous", "", _k("[[{F}]]: wait is <<{FAM}>> still alive\n[[{O}]]: lol no\n{S}")),
    ("famous", "", _k("\\subsection{{The <<{FAM}>> approach}}\n% TODO [[{I}{LI}]]: cite this properly\n{S}")),
]
HELD_OUT_J += _word_pairs(
    [
        (
            "word:Art",
            ["<<ART>> ROOM CLOSED ON <<FRIDAY>> - KILN REPAIRS. {S}", "we need the <<art>> block key by 3 pls"],
        ),
        (
            "word:Summer",
            [
                "<<Summer>> solstice: we measured the flagpole's shadow at noon. {S}",
                "the <<summer>> fair raised £300 for new library books",
            ],
        ),
        (
            "word:Grace",
            ["We sang Amazing <<Grace>> in assembly. {S}", "my handwriting has no <<grace>> whatsoever lol"],
        ),
        (
            "word:Hope",
            ["all <<hope>> is lost, the printer jammed again {S}", "Act 2 of the play ends on a note of <<hope>>."],
        ),
        (
            "word:Bill",
            ["The <<bill>> of a puffin is brightest in spring. {S}", "The <<Bill>> became an Act after royal assent."],
        ),
        (
            "word:Rose",
            [
                "<<Rose>> hips are high in vitamin C. {S}",
                "<<Rose>> petals gave the clearest spots in the chromatography.",
            ],
        ),
        (
            "word:Mark",
            [
                "<<Mark>>-recapture gave about 40 woodlice under the logs. {S}",
                "the <<mark>> on my lab coat won't wash out",
            ],
        ),
        (
            "word:Will",
            ["<<Will>> we get the results before <<Easter>>? {S}", "i <<will>> literally cry if the wifi dies again"],
        ),
        (
            "word:June",
            ["<<June>> 1944: D-Day was the topic of my source analysis. {S}", "<<JUNE>> MOCKS - ROOM CHANGES\n{S}"],
        ),
        (
            "word:Jack",
            [
                "Plug the headphones into the <<jack>> on the left. {S}",
                "<<Jack>>-o'-lantern photos go on the <<Halloween>> display.",
            ],
        ),
        (
            "word:Frank",
            [
                "The <<frank>> tone of the letter upset the council. {S}",
                "<<FRANK>> (the drugs advice service) gave a talk in PSHE.",
            ],
        ),
        (
            "word:Amber",
            [
                "Baltic <<amber>> washes up after winter storms. {S}",
                "Insects trapped in <<amber>> are millions of years old.",
            ],
        ),
        (
            "word:Chase",
            [
                "Paper <<chase>> orienteering starts at the bike shed. {S}",
                "Car <<chase>> scenes need a storyboard before filming.",
            ],
        ),
        ("nick:Joseph:Joey", ["A baby kangaroo is called a <<joey>>. {S}"]),
        ("nick:Jennifer:Jenny", ["The spinning <<jenny>> sped up weaving in the 1760s. {S}"]),
        ("nick:Robert:Bobby", ["Pin your hair back with a <<bobby>> pin before using the lathe. {S}"]),
        ("nick:William:Billy", ["We boiled water in a <<billy>> can on the expedition. {S}"]),
        ("word:Pierre", ["On a pesé la <<pierre>> avant de la plonger dans l'eau. {S}"]),
        ("word:Esperanza", ["Con la <<esperanza>> de aprobar, estudié toda la noche. {S}"]),
        ("word:Deniz", ["<<Deniz>> suyu tuzlu olduğu için daha yoğundur. {S}"]),
        ("word:Rosa", ["Me puse la camiseta <<rosa>> para la foto del equipo. {S}"]),
    ]
)


# An eleventh held-out set, written blind (without reading the anonymizer) while the fixes from
# HELD_OUT_J were made, and measured once after them before anything was fixed from it.
# An eleventh held-out set, written blind (without reading the anonymizer): exam-room incident
# reports, lab sign-in sheets, library notes, debate adjudication, peer-assessment exports,
# conference abstracts, podcast show notes, science-fair judging, access plans, council minutes,
# apprenticeship diaries, language-exchange chats, forum signatures, quoted e-mail threads, calendar
# invites, drive activity logs, conduct reports, quiz leaderboards, scoresheets, concert programmes,
# rehearsal call sheets, rotas, OCR transcriptions, hyphenated and soft-hyphenated names, titles in
# other languages, name particles, people not on the roster with no cue word, diminutives, and
# words that look like names (units, laws, storms, ships, teams, brands, characters, places).
HELD_OUT_K = [
    # Exam-room incident reports and invigilation logs
    (
        "student_id",
        "",
        "EXAM INCIDENT REPORT\nPaper: Physics 2    Room: Sports Hall\nCandidate [[{SIDD}]] ([[{F} {L}]]) was seen "
        "with a phone at 10:12. Invigilator [[{X} {XL}]] removed it and told the lead invigilator, Mr [[{TI}]].\n{S}",
    ),
    (
        "initials",
        "",
        _k(
            "Invigilation log, 14 <<May>>\n09:05 start\n09:40 [[{I}{LI}]] (desk 22) felt faint, taken out by [[{X}]]\n"
            "09:55 back in, 15 min added\nSigned: [[{TI}]] / [[{XL}]]\n{S}"
        ),
    ),
    (
        "outsider",
        "",
        "Special consideration form\nCandidate: [[{F} {L}]]\nDetails: on the morning of the exam the candidate's "
        "father, [[{X} {L}]], was taken to hospital. A neighbour, [[{Y}]], drove the candidate in.\n{S}",
    ),
    # Lab safety sign-in sheets
    (
        "plain",
        "",
        "LAB SAFETY SIGN-IN, Chem Lab 2\nName | Goggles | In\n[[{L}, {F}]] | Y | 13:02\n[[{OL}, {O}]] | N (spare "
        "given) | 13:05\n[[{XL}]] (visitor) | Y | 13:10\nTechnician on duty: [[{X}]]\n{S}",
    ),
    (
        "initials",
        "",
        "Risk assessment read and understood:\n✔ [[{I}{LI}]]   ✔ [[{O[0]}{OL[0]}]]   ✘ [[{X}]] (absent)\n{S}",
    ),
    # Library loans
    (
        "must_stay",
        "",
        _k(
            "OVERDUE NOTICE\nBorrower: [[{F} {L}]] (10C)\nItem: <<Of Mice and Men>>, <<John Steinbeck>>\n"
            "Due: 3 <<October>>\nPlease return it or see Mrs [[{XL}]] in the library. {S}"
        ),
    ),
    (
        "lowercase",
        "",
        "library slip: [[{f} {l}]] borrowed calculator no. 7 for the mock, give it back to [[{x}]] at the desk\n{S}",
    ),
    (
        "outsider",
        "",
        _k(
            "Inter-library loan\nTitle: <<The Selfish Gene>> (<<Dawkins>>)\nRequested by: [[{F} {L}]]\n"
            "Collected for the student by [[{X}]] on <<Saturday>>\n{S}"
        ),
    ),
    # Debate adjudication
    (
        "wordname",
        "word",
        "ADJUDICATION SHEET\nRound 3. Motion: This House would abolish school uniform\nOG: [[{F} {L}]] 76, [[{O}]] 74"
        "\nOO: [[{X}]] 75, [[{Y}]] 73\nChair: [[{TI}]]   Wing: [[{XL}]]\nReason for decision: [[{F}]]'s extension "
        "was the clearest. {S}",
    ),
    (
        "nickname",
        "nick",
        "judges notes r2\n- [[{n}]] strong on rebuttal but ran out of time\n- [[{o}]]: POI to [[{n}]] was great\n"
        "- speaker of the round: [[{N}]]\n{S}",
    ),
    # Peer-assessment exports
    (
        "initials",
        "",
        "Peer assessment export\nAssessor\tAssessee\tScore\n[[{L} {I}]]\t[[{OL} {O[0]}]]\t4\n[[{OL} {O[0]}]]\t"
        "[[{L} {I}]]\t5\n{S}",
    ),
    (
        "lowercase",
        "",
        'reviewer,reviewee,comment\n[[{f}]],[[{o}]],"ok but missed the weds meeting"\n[[{o}]],[[{f}]],"carried us '
        'tbh"\n{S}',
    ),
    # Conference abstracts
    (
        "must_stay",
        "",
        _k(
            "Abstract, <<Young>> Scientists Conference, <<Cardiff>>\nAuthors: [[{F} {L}]]*, [[{O} {OL}]]*, "
            "[[{TI}]]†\n* Year 12, † Science Dept.\nWe test <<Hooke>>'s law for rubber bands up to 5 <<newtons>>. {S}"
        ),
    ),
    (
        "famous",
        "",
        _k(
            "Poster: Revisiting <<{FAM}>> with real bus timetables\n[[{F} {L}]] (presenting), [[{O}]]\n"
            "Correspondence: [[{uf}.{u}@students.example.ac.uk]]\n{S}"
        ),
    ),
    # Podcast show notes
    (
        "outsider",
        "",
        _k(
            'Ep. {d}: "Why is the sky blue?"\nHosts: [[{F}]] & [[{O}]]\nGuest: [[{X} {XL}]], a meteorologist (and '
            "[[{F}]]'s aunt)\n02:10 <<Rayleigh>> scattering\n14:30 listener question from [[{Y}]]\n{S}"
        ),
    ),
    (
        "url_handle",
        "",
        "Show notes, The Lab Bench podcast\nFollow us: [[@{uf}{u}pods]] (IG), [[tiktok.com/@{uf}.{u}.science]]\n"
        "Edited by [[{O}]]\n{S}",
    ),
    # Science-fair judging
    (
        "wordname",
        "word",
        "SCIENCE FAIR: JUDGE'S SCORE FORM\nProject #{d}: Which paper towel soaks up most?\nStudent: [[{F} {L}]]\n"
        "Judge: [[{X} {XL}]] (volunteer, water company)\nCreativity 8/10 | Method 6/10\nComments: [[{F}]] "
        "explained the control well. {S}",
    ),
    (
        "must_stay",
        "word:Amber",
        _k(
            "Judging notes, table 12: [[{F}]]'s project asks whether <<amber>> light helps sleep. Clear graph, only "
            "five participants. <<Philips>> bulbs throughout. {S}"
        ),
    ),
    # Access and learning plans
    (
        "outsider",
        "",
        "Individual Learning Plan (confidential)\nStudent: [[{F} {L}]]\nKey worker: [[{X}]] (SENCo)\nParent contact:"
        " [[{Y} {L}]]\nStrategies: seat near the front, slides printed in 16pt, rest breaks.\n{S}",
    ),
    (
        "nickname",
        "nick",
        _k(
            "Access arrangements meeting, <<Tuesday>>\nPresent: [[{TI}]], [[{N}]]'s dad, [[{N}]], and the reader "
            "[[{X}]].\nAgreed: [[{N}]] types essays; <<Dragon>> dictation allowed in mocks.\n{S}"
        ),
    ),
    # Student council minutes
    (
        "wordname",
        "word",
        _k(
            "Student Council minutes, 6 <<February>>\nChair: [[{F} {L}]]\nApologies: [[{O}]]\n1. Vending machines: "
            "[[{F}]] to ask the bursar, Mr [[{XL}]], about healthier snacks.\n2. Charity week: vote between <<Oxfam>> "
            "and <<Shelter>>.\n{S}"
        ),
    ),
    (
        "lowercase",
        "",
        "council mtg notes (unofficial lol)\n- [[{o}]] wants a prom theme vote\n- [[{x}]] from yr 9 came to "
        "complain abt the toilets\n- [[{f}]] fell asleep\n{S}",
    ),
    # Apprenticeship and placement diaries
    (
        "outsider",
        "",
        _k(
            "Apprenticeship diary, week 14\n<<Monday>>: shadowed [[{X}]] on a boiler service in <<Didsbury>>; "
            "[[{X}]] let me do the flue test.\n<<Wednesday>>: college, Mr [[{TI}]] signed off unit 6.\n"
            "Supervisor: [[{X[0]}. {XL}]]\n{S}"
        ),
    ),
    ("outsider", "", "Day 3. [[{X}]] showed me the CAD files, then [[{Y}]] took me to lunch. {S}"),
    # Language-exchange messages
    (
        "non_english",
        "intl",
        "Tandem chat\n[[{F}]]: Hallo [[{X}]]! Wie war dein Wochenende?\n[[{X}]]: good!! sorry my German is bad. I "
        "went to the cinema with [[{Y}]].\n[[{F}]]: Kein Problem 😊\n{S}",
    ),
    (
        "non_english",
        "",
        "¡Hola [[{X}]]! Soy [[{F}]], tu compañero de intercambio. La señora [[{TI}]] dice que podemos escribirnos en "
        "inglés y en español. {S}",
    ),
    (
        "non_english",
        "",
        _k(
            "Bonjour Mme [[{TI}]],\nJe vous écris de la part de [[{F}]]. Nous avons visité <<Rouen>> avec la famille "
            "[[{XL}]] en <<avril>>. {S}\nCordialement,\n[[{O} {OL}]]"
        ),
    ),
    # Forum signatures
    (
        "email",
        "",
        '{S}\n\n--\n[[{F} {L}]] | Year 13 | Physics Society\n"If it ain\'t broke, add features."\n'
        "[[{uf}{u}{d}@hotmail.co.uk]] · Discord: [[{uf}.{i}]]",
    ),
    (
        "nickname",
        "nick",
        _k(
            "Re: best calculator for A-level?\n\n<<Casio>> all the way.\n\n_______________\n[[{N}]] ~ owner of 3 "
            "broken protractors ~ ask me about [[{O}]]'s cat"
        ),
    ),
    # E-mail threads with quoted replies
    (
        "wordname",
        "word",
        "Thanks, will do.\n\nOn Mon, 10 Mar 2025 at 16:02, [[{TI}]] (Science) wrote:\n> Hi [[{F}]],\n> Please "
        "resend it as a PDF.\n>\n> On Sun, 9 Mar, [[{F} {L}]] <[[{uf}.{u}@pupils.example.org]]> wrote:\n> > "
        "Here's my essay. {S}",
    ),
    (
        "outsider",
        "",
        "Sounds good!\n\n-----Original Message-----\nFrom: [[{X} {XL}]]\nSent: Friday, 14 March 2025 09:31\nTo: "
        "[[{F} {L}]]\nSubject: RE: work experience\n\nHi [[{F}]], start at 9 on Monday and ask for [[{Y}]] at "
        "reception.\n{S}",
    ),
    # Calendar invites
    (
        "email",
        "",
        "Invitation: Group 4 catch-up @ Thu 3pm - 3:30pm (GMT)\nOrganizer: [[{F} {L}]] <[[{uf}.{u}@uni.example.ac."
        "uk]]>\nGuests: [[{O} {OL}]], [[{X}]] (external)\nJoin: [[https://meet.example.com/{uf}-{u}-room]]\n{S}",
    ),
    (
        "wordname",
        "word",
        _k(
            "📅 <<Wednesday>> 4 <<June>>, 12:30\nLunch revision, room S14\nAccepted: [[{F}]], [[{O}]]\nDeclined: "
            '[[{X}]] ("dentist sorry")\n{S}'
        ),
    ),
    # Shared-drive activity logs
    (
        "url_handle",
        "",
        "Activity\n[[{F} {L}]] edited Lab_Report_FINAL.docx · 11:04\n[[{O} {OL}]] commented · 11:06\n[[{F} {L}]] "
        "moved [[{uf}]]_draft.docx to Bin · 11:20\nYou shared the folder with [[{x}.{XL}@gmail.com]] · yesterday\n{S}",
    ),
    # Code-of-conduct reports
    (
        "outsider",
        "",
        _k(
            "Conduct report (confidential)\nReported by: [[{F} {L}]]\nInvolved: [[{O} {OL}]] and a Year 11 called "
            "[[{X}]]\nWhat happened: at <<Friday>> lunch [[{X}]] kept posting [[{O}]]'s timetable in the group chat. "
            "Witness: [[{Y}]].\n{S}"
        ),
    ),
    # Quiz leaderboards and game nicknames
    (
        "url_handle",
        "",
        _k(
            "<<Kahoot>>! results: Cell biology\n1st 🥇 [[{uf}{d}]] 9,840\n2nd 🥈 [[{LU}ISTHEBEST]] 9,110\n3rd 🥉 "
            "[[{o}_{ol}]] 8,760\n4th Mitochondria4Life 8,200\n{S}"
        ),
    ),
    (
        "lowercase",
        "",
        _k(
            "quizizz leaderboard lol\n1. [[{f}]]\n2. [[{o}]]\n3. sir <<isaac newton>> (who is this 😭)\n4. [[{x}]] "
            "(my sister, she joined from home)\n{S}"
        ),
    ),
    # Sports scoresheets
    (
        "initials",
        "",
        _k(
            "NETBALL SCORESHEET, U15 v <<St Aidan>>'s\nGS [[{I}. {L}]] 11/14\nGA [[{O[0]}. {OL}]] 6/9\nUmpire: "
            "[[{X} {XL}]]\nScorer: [[{TI}]]\n{S}"
        ),
    ),
    (
        "plain",
        "",
        "1st XI v Old Boys\n[[{L}]]   c [[{XL}]] b [[{X}]]   34\n[[{OL}]]   lbw b [[{X}]]   12\nExtras 7   "
        "Total 142/6\n{S}",
    ),
    (
        "allcaps",
        "",
        "SPORTS DAY RESULTS\n100M GIRLS: 1ST [[{FU} {LU}]] 13.4S, 2ND [[{OU}]] 13.9S\nHIGH JUMP: [[{XU}]] (GUEST "
        "SCHOOL) 1.45M\n{S}",
    ),
    # Concert programmes and rehearsal sheets
    (
        "must_stay",
        "word:Carmen",
        _k(
            "Spring Concert programme\n<<Bizet>>: <<Carmen>> Suite No. 1: [[{F} {L}]] (flute), [[{O}]] (oboe)\n"
            "<<Elgar>>: Salut d'Amour: [[{X} {XL}]] (violin, guest)\nConductor: Mr [[{TI}]]\n{S}"
        ),
    ),
    (
        "must_stay",
        "word:Juliet",
        _k(
            "Rehearsal call sheet: <<Romeo and Juliet>>\nAct 2 Sc 2: <<Romeo>> [[{O}]], <<Juliet>> [[{F} {L}]]\n"
            "Understudy for <<Juliet>>: [[{X}]]\nDirector: [[{TI}]]\n{S}"
        ),
    ),
    (
        "nickname",
        "nick:Oliver:Ollie",
        _k(
            "Cast list: <<Oliver>>!\n<<Oliver Twist>>: [[{F} {L}]] ([[{N}]])\n<<Fagin>>: [[{O}]]\n<<Nancy>>: "
            "[[{X}]] (Year 13)\n{S}"
        ),
    ),
    (
        "nickname",
        "nick:Timothy:Tim",
        _k(
            "[[{N}]] played <<Tiny Tim>> in <<A Christmas Carol>> and [[{O}]] was <<Scrooge>>; [[{N}]]'s crutch "
            "kept falling over. {S}"
        ),
    ),
    # Rotas
    (
        "plain",
        "",
        "Minibus rota, away fixtures\nSat 8th: driver Mr [[{TI}]], pick up [[{F}]] (Elm Rd) and [[{O}]] (station)\n"
        "Sat 15th: driver [[{X}]] (parent), pick up [[{F}]] again\n{S}",
    ),
    (
        "punctuation",
        "",
        "Tea rota: Mon [[{F}]]/[[{O}]] · Tue [[{X}]] · Wed ([[{F}]]?) · Thu —\n{S}",
    ),
    # OCR of handwritten pages and scans
    (
        "ocr",
        "word:Emma,sur:Morrison",
        "[OCR of cover sheet]\nNarne: [[Ernma Morr1son]]\nTeacher: [[{TI}]]\nDate: 1O/03/25\n{S}",
    ),
    (
        "ocr",
        "word:William,sur:Clarke",
        "Scan p.2 (auto text)\nTh1s experiment was done by [[W1lliam C1arke]] "
        "and [[{O}]] , w ith help from [[{X}]] .\n{S}",
    ),
    (
        "ocr",
        "word:Nadia,sur:Haddad",
        "Handwritten feedback (transcribed):\nWell done [[Nad ia]]! Neat diagrams. "
        "Ask [[{O}]] for the [illegible] notes. - [[{TI}]]\n{S}",
    ),
    (
        "ocr",
        "word:Michael,sur:Kowalski",
        "{S}\n[transcribed from the whiteboard photo] group 3 = [[Micheal Kowalsky]]?, [[{O}]]",
    ),
    ("ocr", "word:Oliwia,sur:Nowak", "Name: [[0liwia Nowak]]    Form: 9R\n{S}"),
    # Names split across lines, columns and soft hyphens
    (
        "split",
        "",
        "Name: [[{F} {LA}-]]      Mark: 14/20\n[[{LB}]]           Grade: B\n{S}",
    ),
    ("split", "", "The method was written by [[{FA}\u00ad{FB}]], who also drew the circuit. {S}"),
    (
        "split",
        "",
        "{S} Our thanks go to the technicians and to [[{O} {OL}]], and in partic-\nular to [[{F}]]\n[[{L}]], who ran "
        "every trial twice.",
    ),
    ("split", "", "Signed ..............................\n([[{F}]]\n[[{L}]])   date ......\n{S}"),
    # Titles in other languages
    ("non_english", "", "Herr [[{TI}]] hat gesagt, dass [[{F}]] und ich das Referat am Freitag halten. {S}"),
    (
        "non_english",
        "",
        "Señora [[{TI}]]: ¿puedo entregar la tarea el lunes? Mi abuela [[{X}]] está en el hospital. [[{F}]]",
    ),
    (
        "non_english",
        "",
        "[[{TI}]]-sensei, thank you for the calligraphy club! [[{F}]]-chan and I practised every day. {S}",
    ),
    ("non_english", "", "[[{TI}]] Hoca'ya ve [[{O}]]'e çok teşekkürler! {S}"),
    ("non_english", "", "Meneer [[{TI}]], ik heb de opdracht met [[{F} {L}]] gemaakt. {S}"),
    ("non_english", "", "Terima kasih Cikgu [[{TI}]] dan Pak [[{XL}]] kerana membantu kami. {S}"),
    # Particles and multi-part surnames
    (
        "non_english",
        "sur:van der Merwe",
        "[[{F} {L}]] and [[{O}]] did the soil survey; [[Van der Merwe]] typed it up. {S}",
    ),
    ("non_english", "sur:de la Cruz", "Group 2: [[{LU}, {F}]] / [[{OU}]]\n{S}"),
    (
        "non_english",
        "word:Ahmad,sur:bin Ismail",
        "{S} Thanks to [[Ahmad Ismail]] (on the register as [[{F} {L}]]) for the circuit.",
    ),
    ("possessive", "word:Khalid,sur:al-Rashid", "[[Al Rashid]]'s group came second; [[Khalid]] made the poster. {S}"),
    ("initials", "word:Pieter,sur:de Vries", "[[P. de Vries]], practical write-up 4\n{S}"),
    ("non_english", "word:Siti Nur,sur:binti Abdullah", "{S} [[Siti Nur]] brought the slides and I focused them."),
    ("non_english", "word:Luca,sur:Di Stefano", "{S} [[di stefano]] ha portato i dati, io ho fatto i grafici."),
    # People not on the roster, often with no cue word
    ("outsider", "", "[[{X}]] says the trip form is in my bag. {S}"),
    ("outsider", "", "{S} Dropped the poster at [[{X}]]'s on the way, [[{Y}]] will bring it in."),
    ("outsider", "", _k("Went through the past paper with [[{X} {XL}]] on <<FaceTime>>. {S}")),
    ("outsider", "", "Sorry it's late, [[Keisha]] and [[Jayden]] had a party and I couldn't think. {S}"),
    ("outsider", "", _k("[[Paisley]] lent me her <<paisley>> scarf for the play. {S}")),
    ("outsider", "", "Thank you to Uncle [[Dev]] for the lift and to Grandma [[Jo]] for the sandwiches. {S}"),
    ("outsider", "", "{S}\n\nP.S. [[{XU}]] SAYS HI"),
    # Nicknames and diminutives
    ("nickname", "nick:Francisco:Paco", "[[{N}]] (el de la clase B) trajo la balanza. {S}"),
    ("nickname", "nick:Yekaterina:Katya", "{S} [[{N}]] and [[{O}]] argued about the units for ten minutes."),
    ("nickname", "nick:Dmitri:Dima", "cheers [[{n}]] for the charger, legend\n{S}"),
    ("nickname", "nick:Matthew:Matt", _k("[[{N}]] wanted a <<matt>> laminate and [[{O}]] wanted gloss. {S}")),
    ("nickname", "nick:Eugene:Gene", _k("[[{N}]] did the <<gene>> expression panel; I did protein folding. {S}")),
    ("nickname", "nick:Candace:Candy", _k("[[{N}]] ran the <<candy>> floss stall at the summer fair. {S}")),
    # Name-words used as names next to the same word as a word
    ("wordname", "word:Hunter", _k("[[{F}]] played the <<hunter>> in the panto and [[{O}]] was the wolf. {S}")),
    ("wordname", "word:Penny", _k("Tuck shop float counted by [[{F}]]: £20, one <<penny>> short. {S}")),
    ("wordname", "word:Autumn", _k("[[{F}]] sits the <<autumn>> resit in the sports hall. {S}")),
    (
        "wordname",
        "word:Art",
        _k("Mock timetable: <<Art>> clashes with Music for [[{F}]], who will sit it on <<Thursday>>. {S}"),
    ),
    ("wordname", "word:Iris", _k("Eye dissection: [[{F}]] cut through the cornea to find the <<iris>> and lens. {S}")),
    (
        "wordname",
        "word:Frank",
        _k("[[{F}]] gave very <<frank>> feedback in peer review, which [[{O}]] didn't love. {S}"),
    ),
    ("wordname", "word:Grace", _k("Gymnastics: [[{F}]] 13.2 on beam, real <<grace>> on the dismount. {S}")),
    # Words, units, laws, places, brands, characters that must stay beside the same name
    (
        "must_stay",
        "word:Charles",
        _k("Gas laws: [[{F}]] checked <<Charles>>'s law with a syringe in a water bath; [[{O}]] did <<Boyle>>'s. {S}"),
    ),
    ("must_stay", "word:Kelvin", _k("[[{F}]] converted every reading to <<kelvin>> before plotting. {S}")),
    ("must_stay", "word:Henry", _k("Our coil measured 0.2 <<henry>> on [[{F}]]'s meter. {S}")),
    ("must_stay", "sur:Watt", _k("[[{F} {L}]]'s kettle is rated 3000 <<watts>>; <<James Watt>> never saw one. {S}")),
    (
        "must_stay",
        "sur:Faraday",
        _k("[[{L}]] built a <<Faraday>> cage from chicken wire and the phone lost signal. {S}"),
    ),
    (
        "must_stay",
        "",
        _k("The resistor was 47 <<ohms>>; the water warmed 4 degrees <<Celsius>>, about 8000 <<joules>>. {S}"),
    ),
    (
        "must_stay",
        "word:Chelsea",
        _k("[[{F}]] supports <<Chelsea>>, I support <<Arsenal>>, so the stats project settled nothing. {S}"),
    ),
    (
        "must_stay",
        "word:Sydney",
        _k("[[{F}]] moves to <<Sydney>> in <<August>>, so [[{O}]] takes over the bird count. {S}"),
    ),
    ("must_stay", "word:Savannah", _k("Food web poster of the African <<savannah>> by [[{F}]] and [[{O}]]. {S}")),
    (
        "must_stay",
        "word:Ciara",
        _k(
            "Storm <<Ciara>> shut the school on 10 <<February>>, so [[{F}]] and I wrote the report on a video call. {S}"
        ),
    ),
    ("must_stay", "word:Katrina", _k("[[{F} {L}]]: Hurricane <<Katrina>> and the levees of <<New Orleans>>\n{S}")),
    (
        "must_stay",
        "word:Mary,sur:Rose",
        _k("We visited the <<Mary Rose>> in <<Portsmouth>>; [[{F} {L}]] (yes, really) took the photos. {S}"),
    ),
    (
        "must_stay",
        "word:Eva,sur:Smith",
        _k("Essay: Who is to blame for <<Eva Smith>>'s death?\nby [[{F} {L}]], 11B\n<<Inspector Goole>> says all. {S}"),
    ),
    (
        "must_stay",
        "word:George",
        _k("<<George>> shoots <<Lennie>> to spare him; [[{F}]] called it mercy, [[{O}]] called it murder. {S}"),
    ),
    (
        "must_stay",
        "word:Hermione",
        _k("[[{F}]] came to World Book Day as <<Hermione>>, which everyone said was cheating. {S}"),
    ),
    (
        "must_stay",
        "word:Martin",
        _k("[[{F}]] argued that <<Martin Luther>> never nailed up the theses; Mr [[{TI}]] was not convinced. {S}"),
    ),
    (
        "must_stay",
        "word:Winston",
        _k("History essay plan, [[{F}]]: was <<Winston Churchill>> a liability in 1915? Check <<Gallipoli>>. {S}"),
    ),
    ("must_stay", "sur:Carter", _k("[[{F} {L}]]'s homework: <<Howard Carter>> and the tomb of <<Tutankhamun>>. {S}")),
    (
        "must_stay",
        "sur:Dyson",
        _k("[[{F} {L}]] tested a <<Dyson>> fan against a cheap one for the airflow project. {S}"),
    ),
    (
        "must_stay",
        "sur:Hoover",
        _k("After the social [[{L}]] <<hoovered>> the common room while [[{O}]] did the bins. {S}"),
    ),
    ("must_stay", "sur:Brown", _k("<<Brownian>> motion: [[{L}]] watched smoke particles jiggle under the lens. {S}")),
    (
        "must_stay",
        "",
        _k("In the rowing regatta <<Oxford>> beat <<Cambridge>>; we watched from <<Hammersmith>> with [[{X}]]. {S}"),
    ),
    # Famous names in course content
    ("famous", "", _k("Quiz answer key\nQ7: <<{FAM}>> (accept misspellings)\nMarked by [[{O}]]\n{S}")),
    ("famous", "", _k("Essay title: How original was <<{FAM}>>?\n[[{F} {L}]], draft 2\n{S}")),
    ("famous", "", _k("Invitation: <<{FAM}>> reading group, <<Thursday>> 4pm\nOrganizer: [[{F}]]\n{S}")),
    # Capitals
    ("allcaps", "", "LOST PROPERTY: GREEN HOODIE, NAME TAG SAYS [[{LU}]]. COLLECT FROM [[{XU}]] AT RECEPTION.\n{S}"),
    ("allcaps", "word", "[[{FU}]] WHERE ARE YOU THE BUS IS LEAVING\n{S}"),
    ("allcaps", "", _k("<<MARCH>> 14: <<PI>> DAY BAKE SALE, ORGANISED BY [[{FU}]] AND [[{OU}]]\n{S}")),
    # E-mail addresses in new shapes
    ("email", "", "{S} Email: [[{uf}.{u}＠uni.example.edu]]"),
    ("email", "", '<a href="mailto:[[{uf}.{u}@uni.example.edu]]">[[{F}]]</a> wrote the method. {S}'),
    ("email", "", "Reply to [[{uf}<dot>{u}<at>uni<dot>edu]] with the data. {S}"),
    ("email", "", "{S} results to: [[{sid}@student.example.edu]]"),
    # Handles and URLs
    ("url_handle", "", "Playlist for revision: [[open.spotify.com/user/{uf}{u}{d}]] {S}"),
    ("url_handle", "", "{S} Strava: [[{F} {L}]] ([[@{uf}runs{d}]])"),
    # Student numbers
    ("student_id", "", "*[[{SIDD}]]*\n[[{F} {L}]]   valid to 07/26\n{S}"),
    (
        "student_id",
        "",
        "{S} My number is [[{SIDD[0]}{SIDD[1]}{SIDD[2]}{SIDD[3]} {SIDD[4]}{SIDD[5]}{SIDD[6]}]] if the scanner fails.",
    ),
    # Punctuation around names
    ("punctuation", "", "«[[{F}]]» and «[[{O}]]» wrote the French summary. {S}"),
    ("punctuation", "", "{S} ...said [[{F}]]...or was it [[{O}]]?..."),
    # Double-barrelled and hyphenated names
    ("compound", "word:Jean-Baptiste,sur:Moreau-Diallo", "[[J-B]] and [[{O}]] ran the titration. {S}"),
    ("compound", "word:Anna-Lena,sur:Müller-Schmidt", "{S}\n- [[Anna-Lena M.-S.]]"),
    ("compound", "word:Mary-Beth,sur:Carter", "[[Marybeth]] (spelt [[{F}]] on the register) did the graphs. {S}"),
    # Contractions and possessives
    ("possessive", "", "[[{F}]]'ll bring the poster and [[{O}]]'d better bring the glue. {S}"),
    ("possessive", "", "The [[{O}]]-approved method failed; [[{F}]]'s worked. {S}"),
]
HELD_OUT_K += _word_pairs(
    [
        (
            "word:Art",
            [
                "The <<art>> department lent us the kiln for the ceramics unit. {S}",
                "Pop <<Art>> posters line the corridor outside room 12.",
            ],
        ),
        (
            "word:Summer",
            [
                "Wind damaged the <<summer>> house in the school garden. {S}",
                "<<Summer>> reading list: three novels and one play.",
            ],
        ),
        ("word:Faith", ["The <<faith>> schools debate got heated in citizenship. {S}"]),
        (
            "word:Grace",
            [
                "The saving <<grace>> of the match was a late penalty save. {S}",
                "<<Grace>> before the house dinner was said in Latin.",
            ],
        ),
        (
            "word:Hope",
            [
                "<<Hope>> Street is closed, so the minibus goes via the ring road. {S}",
                "The Cape of Good <<Hope>> came up in the map quiz.",
            ],
        ),
        ("word:Bill", ["The <<bill>> of materials lists forty resistors. {S}"]),
        (
            "word:Rose",
            [
                "The <<Rose>> Bowl trophy went to the under-16s. {S}",
                "The wind <<rose>> in the night and flattened two tents.",
            ],
        ),
        (
            "word:Mark",
            [
                "On your <<marks>>, get set, go! The 100 m was timed by hand. {S}",
                "The high-water <<mark>> on the bridge is from 2007.",
            ],
        ),
        (
            "word:Will",
            [
                "The oath says I <<will>> handle chemicals safely. {S}",
                "Against my <<will>>, I joined the choir.",
            ],
        ),
        ("word:June", ["<<June>> bugs hit the lab window all evening. {S}"]),
        (
            "word:Joy",
            [
                "<<Joy>> Division was on the music history playlist. {S}",
                "Tears of <<joy>> when the rocket landed upright.",
            ],
        ),
        (
            "word:Dawn",
            [
                "<<Dawn>> chorus recordings were made at 5 a.m. for the biology project. {S}",
                "The <<dawn>> raid in the history source happened in 1942.",
            ],
        ),
        ("word:Pat", ["A <<pat>> of butter melted fastest on the copper plate. {S}"]),
        (
            "word:Jack",
            [
                "The car <<jack>> lifted 800 kg in the forces demo. {S}",
                "The Union <<Jack>> was flown at half mast.",
            ],
        ),
        (
            "word:Ray",
            [
                "Draw the refracted <<ray>> bending towards the normal. {S}",
                "Manta <<rays>> filter plankton, the marine biology video said.",
            ],
        ),
        ("word:Iris", ["Adjust the <<iris>> diaphragm on the microscope to sharpen the image. {S}"]),
        ("word:Frank", ["We had a <<frank>> discussion about vaping in PSHE. {S}"]),
        (
            "word:Sandy",
            [
                "The long-jump pit is <<sandy>> and wet after rain. {S}",
                "Hurricane <<Sandy>> flooded the subway in 2012.",
            ],
        ),
        (
            "word:Penny",
            [
                "The <<penny>> dropped in lesson 3 when the graph finally made sense. {S}",
                "<<Penny>> farthing bicycles had huge front wheels.",
            ],
        ),
        ("word:Amber", ["Traffic lights go red, <<amber>>, green in the UK. {S}"]),
        (
            "word:Autumn",
            [
                "<<Autumn>> leaves were pressed for the chromatography display. {S}",
                "The <<autumn>> equinox falls around 22 <<September>>.",
            ],
        ),
        ("word:Chase", ["The police <<chase>> in the film was shot in one take. {S}"]),
        (
            "word:Hunter",
            [
                "<<Hunter>> green is the new PE kit colour. {S}",
                "The deer <<hunter>> in the poem regrets the shot.",
            ],
        ),
    ]
)


# A twelfth held-out set, written blind (without reading the anonymizer) while the fixes from
# HELD_OUT_K were made, and measured once after them before anything was fixed from it.
# A twelfth held-out set, written blind: short exam answers, essay openings and endings, group-work
# reflections, peer feedback, homework excuses, lab methods, presentation transcripts, interview
# write-ups, messages to teachers, personal statements, reading logs, revision plans, trip reports.
HELD_OUT_L = [
    # Short-answer exam responses that mention a classmate or a tutor in passing
    (
        "must_stay",
        "",
        _k(
            "Q3 (4 marks) State <<Newton>>'s third law and give an example.\nEvery force has an equal and opposite "
            "force. When [[{O}]] pushed me at the ice rink we both slid apart. {S}"
        ),
    ),
    (
        "lowercase",
        "",
        "q2b) the enzyme denatures above about 40 degrees. in the practical [[{o}]] and i boiled it first and "
        "nothing fizzed so that proves it. {S}",
    ),
    (
        "wordname",
        "word",
        "Answer 5: The line goes through the origin, so force is proportional to extension. [[{F}]] and I got a "
        "spring constant of 25 N/m. {S}",
    ),
    (
        "famous",
        "",
        _k(
            "6(a) <<{FAM}>> is remembered for an idea we still use today; my tutor [[{X}]] went through it with me "
            "on <<Saturday>>.\n(b) {S}"
        ),
    ),
    (
        "outsider",
        "",
        "Q1. Give one renewable energy source used in your home.\nSolar. My stepdad [[{X}]] fitted panels on the "
        "garage roof last spring. {S}",
    ),
    (
        "initials",
        "",
        "Q4 ([[{I}.{LI}.]]) The reaction is exothermic because the beaker got warm when [[{O[0]}.]] touched it. {S}",
    ),
    (
        "must_stay",
        "",
        _k(
            "Q9. Explain why the ray bends.\nLight slows down in glass, so by <<Snell>>'s law it bends towards the "
            "normal. (I revised this with [[{O} {OL}]].) {S}"
        ),
    ),
    (
        "must_stay",
        "nick:Victoria:Tori",
        _k(
            "Geography 2(c): <<Victoria Falls>> lies on the <<Zambezi>> between <<Zambia>> and <<Zimbabwe>>. "
            "[[{N}]] went there in the holidays and showed us photos. {S}"
        ),
    ),
    # Essay introductions and conclusions
    (
        "must_stay",
        "word:Victor",
        _k(
            "Introduction\nIn <<Mary Shelley>>'s <<Frankenstein>>, <<Victor>> creates life and then runs from it. "
            "In this essay I, [[{F} {L}]], argue that <<Victor>>, not the creature, is the monster. {S}"
        ),
    ),
    (
        "must_stay",
        "word:Daisy",
        _k(
            "Conclusion\n<<Daisy Buchanan>> is the green light that <<Gatsby>> can never reach. Thank you to "
            "[[{F}]]'s sister [[{X}]], who lent me her notes on <<The Great Gatsby>>. {S}"
        ),
    ),
    (
        "plain",
        "",
        "To conclude, the evidence shows that school should start later. I want to thank [[{O} {OL}]] for the "
        "survey data and Ms [[{TI}]] for her comments on my second draft. {S}",
    ),
    (
        "must_stay",
        "",
        _k(
            "Was the <<Treaty of Versailles>> fair to <<Germany>>? It was signed in <<June>> 1919 in the Hall of "
            "Mirrors. My classmate [[{O}]] thinks it was fair; I will argue it was too harsh. {S}"
        ),
    ),
    (
        "lowercase",
        "",
        "intro: social media is good and bad for teenagers. my cousin [[{x}]] is on it six hours a day so i asked "
        "her what she thinks. {S}",
    ),
    (
        "must_stay",
        "sur:Macbeth",
        _k(
            "In conclusion, <<Lady Macbeth>> is more ambitious than her husband at first, but guilt breaks her "
            "sooner. (Essay by [[{F} {L}]], checked by [[{O}]].) {S}"
        ),
    ),
    # Reflective paragraphs on group work
    (
        "wordname",
        "word",
        "Reflection on group work\nAt first [[{F}]] did most of the talking and I stayed quiet. By week three [[{O}]] "
        "and I were running the meetings and [[{F}]] took notes. {S}",
    ),
    (
        "nickname",
        "nick",
        "Looking back, our group worked because [[{N}]] kept the shared document tidy and [[{O}]] chased everyone "
        "in the group chat. Next time I would ask [[{n}]] to present. {S}",
    ),
    (
        "possessive",
        "",
        "What went wrong: [[{O}]]'s laptop died the night before, so we used [[{F}]]'s old slides. [[{L}]]'s backup "
        "on a memory stick saved us. {S}",
    ),
    (
        "initials",
        "",
        "Contribution table\n[[{F} {LI}.]] - research (30%)\n[[{O} {OL[0]}.]] - slides (30%)\nme - script (40%)\n{S}",
    ),
    (
        "lowercase",
        "",
        "honestly the group project was fine. [[{f}]] did the poster, [[{o}]] did literally nothing and i did the "
        "rest lol. {S}",
    ),
    (
        "outsider",
        "",
        "Our group had a fourth member, [[{X}]], who moved school in week two, and a mentor from the council, "
        "[[{Y} {XL}]], who met us twice. {S}",
    ),
    (
        "wordname",
        "word:Will",
        _k(
            "If I am honest, I <<will>> need to plan better. [[{F}]] and I left it all to the last night, and "
            "[[{F}]] <<will>> tell you the same. {S}"
        ),
    ),
    # Feedback a student writes to a peer
    (
        "wordname",
        "word",
        "Dear [[{F}]],\nYour hypothesis is clear, but the graph has no units. I liked your conclusion a lot.\n{S}\n"
        "Your reviewer,\n[[{O}]]",
    ),
    (
        "lowercase",
        "word",
        "feedback for [[{f}]]: good intro!! maybe add a source for the stats tho [[{f}]]. {S}",
    ),
    (
        "possessive",
        "word:Autumn",
        _k(
            "Two stars and a wish for [[{F}]]'s poem: the <<autumn>> images, and the rhythm. Wish: end it two lines "
            "sooner. {S}"
        ),
    ),
    (
        "allcaps",
        "",
        "PEER REVIEW FORM\nAUTHOR: [[{FU} {LU}]]\nREVIEWER: [[{OU}]]\nSTRENGTHS: CLEAR DIAGRAMS\nTARGET: {S}",
    ),
    (
        "nickname",
        "nick",
        "[[{N}]], your speech was funny but too fast. Slow down at the part about your grandad [[{X}]]. {S}",
    ),
    # Homework excuses
    (
        "outsider",
        "",
        "Sorry Miss [[{TI}]], my homework is late because my little brother [[{X}]] spilled juice on my book and "
        "my dad [[{Y}]] took the laptop to work. {S}",
    ),
    ("outsider", "", "I couldn't do the worksheet because [[{X}]] had the only copy and was off sick all week. {S}"),
    ("lowercase", "", "sorry sir i left my homework at my nans, [[{x}]] is dropping it in tomorrow morning. {S}"),
    (
        "wordname",
        "word",
        _k(
            "The homework is late because our dog chewed the printout. It is true, ask [[{F}]]! We were at the vet "
            "until <<Sunday>>. {S}"
        ),
    ),
    (
        "non_english",
        "intl",
        _k(
            "Dear Mr [[{TI}]], sorry about the missing essay. I was at my grandmother's in <<Spain>> and had no wifi. "
            "[[{F0}]] has a copy of my notes. {S}"
        ),
    ),
    (
        "outsider",
        "",
        "{S} Also I was not in on Thursday because I was at Nonna [[Rosaria]]'s funeral, my mum emailed the office.",
    ),
    # Lab report method sections
    (
        "plain",
        "",
        "Method\nMy partner [[{O} {OL}]] and I measured 50 cm3 of acid with a measuring cylinder. [[{O}]] added the "
        "magnesium while I started the stopwatch. {S}",
    ),
    (
        "must_stay",
        "",
        _k(
            "Method: we used a <<Bunsen>> burner, a <<Petri>> dish and an <<Erlenmeyer>> flask. My partner [[{F}]] "
            "lit the <<Bunsen>> with the safety flame. {S}"
        ),
    ),
    (
        "lowercase",
        "word",
        "method: me and [[{f}]] dropped the ball from 1 m, 1.5 m and 2 m and [[{f}]] filmed it on a phone. {S}",
    ),
    (
        "must_stay",
        "sur:Müller",
        _k(
            "Apparatus (written by [[{F} {L}]]): <<Vernier>> calipers, a <<Geiger>>-<<Müller>> tube, a lead "
            "block, and a stopwatch borrowed from [[{O}]]. {S}"
        ),
    ),
    ("initials", "", "Roles: timer = [[{I}{LI}]], reader = [[{O[0]}.{OL[0]}.]], recorder = me.\n{S}"),
    (
        "must_stay",
        "",
        _k(
            "We tested <<Ohm>>'s law by raising the voltage in 1 <<volt>> steps. The current was read in milliamps "
            "by [[{O}]]. {S}"
        ),
    ),
    # Presentation transcripts
    (
        "wordname",
        "word",
        "[Transcript, slide 1] Hi everyone, I'm [[{F}]], and this is [[{O}]]. Today we're talking about volcanoes. "
        "(laughter) Okay, so, um... {S}",
    ),
    (
        "plain",
        "",
        "[auto-captions] so yeah thank you [[{o}]] for doing the slides and um thanks to Mr [[{TI}]] for the "
        "projector and that's it",
    ),
    (
        "must_stay",
        "",
        _k(
            "[Transcript] ...and that's why <<Pluto>> isn't a planet anymore. Any questions? Yes, [[{O}]]? Great "
            "question. <<NASA>> says... {S}"
        ),
    ),
    (
        "nickname",
        "nick",
        _k(
            "(speaker 2: [[{N}]]) so building on what [[{O}]] said, the data from last <<March>> shows the river "
            "level rising. {S}"
        ),
    ),
    (
        "lowercase",
        "",
        "transcript of our podcast assignment\n[[{f}]]: welcome back\n[[{o}]]: today we talk about plastic\n"
        "[[{f}]]: my aunt [[{x}]] works at a recycling plant so\n{S}",
    ),
    # Interview write-ups
    (
        "outsider",
        "",
        "Interview write-up\nI interviewed our neighbour, [[{X} {XL}]], who was a nurse for 30 years. [[{X}]] said "
        "the hardest part was the night shifts. {S}",
    ),
    (
        "outsider",
        "",
        "For the careers task I spoke to [[{X}]], who runs a bakery on the high street. Her business partner "
        "[[{Y}]] does the accounts. {S}",
    ),
    (
        "lowercase",
        "",
        "interview notes w/ coach [[{x}]]: trains 5x a week, says [[{Y}]] from the under-18s is the fastest. {S}",
    ),
    (
        "must_stay",
        "",
        _k(
            'Q: Who inspired you?\nA: "<<Marie Curie>>, and my chemistry teacher, [[{X} {XL}]]." My interviewee is '
            "[[{O}]]'s mum, a pharmacist at <<Boots>>. {S}"
        ),
    ),
    # Messages to teachers
    (
        "email",
        "",
        "Hi Dr [[{TI}]], could you send the rubric again? My school inbox is full so please use "
        "[[{uf}{u}{d}@gmail.com]].\nThanks, [[{F}]]",
    ),
    (
        "student_id",
        "",
        "Hello, I'm [[{F} {L}]] (student no. [[{SID}]]). I was marked absent on Tuesday but I was there, [[{O}]] "
        "can confirm. {S}",
    ),
    ("wordname", "word", "Sir, it's [[{F}]] from 10X. Can [[{O}]] and I swap seats for the test tomorrow? {S}"),
    ("allcaps", "word", "MISS [[{TI}]] I CANT OPEN THE FILE!!! PLEASE HELP\n- [[{FU}]]"),
    (
        "email",
        "",
        "{S}\nIf you need me over the break, my mum's email is [[{x}.{XL}{d}@outlook.com]] (she's [[{X} {XL}]]).",
    ),
    # Personal statements
    (
        "must_stay",
        "",
        _k(
            "Personal statement\nReading <<Oliver Sacks>> made me want to study medicine. Volunteering at <<St "
            "Mary>>'s care home with my friend [[{X}]] showed me how much listening matters. {S}"
        ),
    ),
    (
        "outsider",
        "",
        "My placement at a law firm, supervised by [[{X} {XL}]], taught me to read carefully and to question "
        "everything. {S}",
    ),
    # First-day introductions
    (
        "nickname",
        "nick",
        "About me: My name is [[{F} {L}]] but everyone calls me [[{N}]]. I have two sisters, [[{X}]] and "
        "[[{Y}]], and a cat. {S}",
    ),
    (
        "non_english",
        "intl",
        _k("Hi! I'm [[{F0}]] (really [[{F}]], but this keyboard won't do it). We moved here in <<January>>. {S}"),
    ),
    ("lowercase", "intl", "hey im [[{f0} {l0}]], i like football and maths and my dog is called [[{x}]]. {S}"),
    # Self-assessments
    (
        "possessive",
        "",
        "Self-assessment: I'd give myself 7/10. I relied on [[{O}]]'s notes too much and I copied [[{OL}]]'s "
        "table layout. {S}",
    ),
    (
        "split",
        "",
        "Self-assessment signed:\n[[{F}]]\n[[{L}]]\n(student)\n\nCountersigned: [[{TI}]] (teacher)\n{S}",
    ),
    # Revision plans
    (
        "lowercase",
        "",
        "revision plan\nmon: chem with [[{o}]]\ntue: maths, ask [[{x}]] (tutor)\nwed: rest\n{S}",
    ),
    (
        "must_stay",
        "",
        _k(
            "Revision timetable: <<Monday>> photosynthesis, <<Tuesday>> <<Hardy>>-<<Weinberg>>, <<Wednesday>> "
            "quiz [[{O}]] on <<Mendel>>. {S}"
        ),
    ),
    # Field trip reports
    (
        "must_stay",
        "",
        _k(
            "Field trip report\nOn 12 <<October>> we went to <<Lulworth Cove>>. Our guide, [[{X}]], showed us the "
            "folded rock and [[{F}]] found an ammonite. {S}"
        ),
    ),
    (
        "outsider",
        "",
        "The coach driver, [[{X}]], let us stop at a farm where the farmer, [[{Y} {XL}]], explained crop rotation. {S}",
    ),
    # Reading logs and book reports
    (
        "must_stay",
        "word:Jane,sur:Eyre",
        _k(
            "Reading log: <<Jane Eyre>> by <<Charlotte Brontë>>\nReader: [[{F} {L}]] (yes, same name, my parents "
            "think it's funny)\nChapters 1-10. <<Jane>> is sent to <<Lowood>>. {S}"
        ),
    ),
    (
        "must_stay",
        "word:Holden",
        _k("Week 4: <<Holden>> hates phonies. My reading buddy [[{F}]] thinks <<Holden>> is just lonely. {S}"),
    ),
    (
        "must_stay",
        "word:Atticus",
        _k(
            "Book report on <<To Kill a Mockingbird>>: <<Atticus Finch>> defends <<Tom Robinson>> in <<Maycomb>>. "
            "[[{F}]] and [[{O}]] did the court scene as a role play. {S}"
        ),
    ),
    (
        "must_stay",
        "word:Harry",
        _k("[[{F}]] says the first <<Harry Potter>> book is better than the film, and [[{O}]] disagrees. {S}"),
    ),
    # Apology and thank-you letters
    (
        "outsider",
        "",
        "Dear [[{X}]],\nI am sorry I broke your greenhouse window with the football. I will pay for it from my paper "
        "round.\nFrom [[{F}]]\n{S}",
    ),
    (
        "outsider",
        "",
        "Thank you, Coach [[{X}]], for staying late every Wednesday. Thanks also to [[{Y}]]'s mum for the lifts. {S}",
    ),
    # Worked maths explanations
    (
        "wordname",
        "word:Bill",
        _k("Q7 working: the restaurant <<bill>> is £48, [[{F}]] pays a third, so £16. I checked it with [[{O}]]. {S}"),
    ),
    (
        "wordname",
        "word:Penny",
        _k("If [[{F}]] saves one <<penny>> on day 1 and doubles it every day, day 10 gives 512 <<pence>>. {S}"),
    ),
    # Discussion-board replies to a weekly prompt
    (
        "lowercase",
        "",
        "re: week 5 prompt - i agree w [[{o}]] that zoos help conservation but [[{o}]]'s point about space is "
        "weak. {S}",
    ),
    (
        "possessive",
        "",
        "Replying to [[{F} {L}]]'s post: I think you're right about the sample size, but [[{O}]]'s graph shows the "
        "opposite. {S}",
    ),
    # Names misspelt by one letter
    ("lowercase", "word:Fatima", "{S} [[fatma]] had the calculator the whole lesson"),
    ("possessive", "word:Mateo", "[[Matteo]]'s conclusion is stronger than mine. {S}"),
    ("plain", "word:Lucas", "{S} I borrowed the ruler from [[Lukas]]."),
    ("plain", "sur:Okafor", "Group 3: [[{F} Okafur]], [[{O}]]\n{S}"),
    ("non_english", "word:Dmitri", "[[Dimitri]] explained the second part to me after class. {S}"),
    ("possessive", "sur:Nakamura", "{S} We used [[Nakamora]]'s data for the second graph."),
    # Spellings without accents, transliterated, in capitals, hyphenated
    ("non_english", "intl", "[[{F2} {L2}]] measured the temperature every minute. {S}"),
    ("non_english", "intl", "Best wishes to [[{f0}]] who is moving back home next term! {S}"),
    ("allcaps", "intl", "TEAM CAPTAIN: [[{FU} {LU}]]\nVICE CAPTAIN: [[{OU}]]\n{S}"),
    ("compound", "sur:Hopper-Lee", "[[{F} Hoper-Lee]]... sorry, [[{F} {L}]], wrote the method. {S}"),
    ("compound", "sur:Hopper-Lee", "[[Hopper]] and [[{O}]] did part two. {S}"),
    ("compound", "word:Marie-Claire,sur:Dubois", "[[M-C]] and I compared the two poems. {S}"),
    # Names in course content that must stay next to students
    (
        "must_stay",
        "",
        _k(
            "Exam answer: by <<Le Chatelier>>'s principle the equilibrium shifts left. [[{O}]] wrote right and lost "
            "the mark. {S}"
        ),
    ),
    (
        "must_stay",
        "",
        _k("Using <<Avogadro>>'s number, 2 moles hold 1.2 x 10^24 particles, as [[{F}]] showed on the board. {S}"),
    ),
    (
        "must_stay",
        "",
        _k(
            "The tuning fork vibrates at 440 <<hertz>>; [[{F}]] measured the pressure in <<pascals>> with [[{O}]]'s "
            "sensor. {S}"
        ),
    ),
    (
        "must_stay",
        "word:Mercedes",
        _k("[[{F}]] compared a <<Mercedes>> and a <<Ford>> for the fuel economy task. {S}"),
    ),
    (
        "must_stay",
        "sur:Wendy",
        _k("Our business case study was <<Wendy>>'s burgers; [[{F} {L}]] did the SWOT analysis. {S}"),
    ),
    (
        "must_stay",
        "word:Lincoln",
        _k(
            "[[{F}]]'s history essay: did <<Abraham Lincoln>> free the slaves or did the <<Civil War>>? [[{F}]] "
            "says both. {S}"
        ),
    ),
    (
        "must_stay",
        "word:Elizabeth",
        _k("<<Elizabeth I>> never married. [[{F}]] thinks this was a political choice; Mrs [[{TI}]] agreed. {S}"),
    ),
    (
        "must_stay",
        "word:Georgia",
        _k("[[{F}]] is doing her project on <<Georgia>>, the country, not the US state. {S}"),
    ),
    (
        "must_stay",
        "sur:Baker",
        _k("On <<Baker Street>> we visited the <<Sherlock Holmes>> museum; [[{F} {L}]] took notes. {S}"),
    ),
    (
        "must_stay",
        "",
        _k("My aunt [[Ruby]] is a physicist and explained the <<ruby>> laser, the first laser, built in 1960. {S}"),
    ),
    (
        "outsider",
        "",
        _k("My friend [[Lily]] from swimming helped me label the water <<lily>> diagram. {S}"),
    ),
    # Famous names
    (
        "famous",
        "",
        _k("Essay question: Which discovery by <<{FAM}>> changed the most lives? Answer by [[{F} {L}]]. {S}"),
    ),
    (
        "famous",
        "",
        _k("[[{O}]] thinks <<{FAM}>> got lucky; I think <<{FAM}>> worked harder than anyone. {S}"),
    ),
    (
        "famous",
        "",
        _k("Presentation title: '<<{FAM}>> and me' - [[{F}]] and [[{O}]], 9B\n{S}"),
    ),
    # Capitals
    ("allcaps", "word", "GOOD LUCK [[{FU}]] IN THE FINAL!!! FROM ALL OF 8C\n{S}"),
    ("allcaps", "", "WELL DONE TO [[{LU}]] AND [[{OU}]] FOR THE BEST LAB REPORTS THIS TERM.\n{S}"),
    # Handles and e-mails in student texts
    ("url_handle", "", "Portfolio: [[{uf}{u}.wixsite.com/art]] - photos taken by my brother [[{X}]]. {S}"),
    ("url_handle", "", "My blog for the English task is at [[{uf}-writes.blogspot.com]]. {S}"),
    ("email", "", "Please send the feedback to [[{i}.{u}{d}@students.example.ac.uk]] rather than my personal one. {S}"),
    # Student numbers in answers
    ("student_id", "", "Candidate number: [[{SIDD}]]\nAnswer 1: {S}"),
    ("student_id", "", "{S}\n\n([[{F}]] [[{sid}]])"),
    # Punctuation around names
    ("punctuation", "", '"Pass it here," said [[{O}]]; "No," said [[{F}]]. {S}'),
    ("punctuation", "", "{S} (thanks, [[{F}]]!) (and [[{O}]]...)"),
    # Initials in signatures
    ("initials", "", "{S}\n\nRegards,\n[[{F}]] [[{LI}]]."),
    ("initials", "", "Lab partner: [[{OL}]], [[{O[0]}]].\n{S}"),
]
HELD_OUT_L += _word_pairs(
    [
        ("word:Art", ["State of the <<art>> sensors were used in the lab. {S}"]),
        (
            "word:Summer",
            [
                "I did my work experience last <<summer>> at a garage. {S}",
                "The <<summer>> solstice is the longest day of the year.",
            ],
        ),
        ("word:Faith", ["The survey showed people had little <<faith>> in the results. {S}"]),
        ("word:Grace", ["In the essay, the queen falls from <<grace>> in Act 3. {S}"]),
        (
            "word:Hope",
            [
                "I <<hope>> my answer to part (b) makes sense. {S}",
                "<<Hope>> is the thing with feathers, says the poem we studied.",
            ],
        ),
        ("word:Bill", ["The electricity <<bill>> went up when we left the heater on. {S}"]),
        ("word:Rose", ["Sales <<rose>> by 12% after the advert campaign. {S}"]),
        (
            "word:Mark",
            [
                "I lost a <<mark>> for forgetting the units. {S}",
                "Please <<mark>> my essay with the new rubric.",
            ],
        ),
        ("word:Will", ["The experiment <<will>> be repeated three times. {S}"]),
        ("word:June", ["My grandad was born in <<June>> 1950 in a small village. {S}"]),
        ("word:Joy", ["The poem is full of <<joy>> until the last verse. {S}"]),
        ("word:Dawn", ["The soldiers attacked at <<dawn>>, as source B describes. {S}"]),
        ("word:Pat", ["Being too <<pat>> with answers loses marks in the evaluation. {S}"]),
        ("word:Jack", ["The <<jack>> in the sound desk was broken so we used a mic. {S}"]),
        ("word:Ray", ["Draw a <<ray>> diagram for the concave mirror. {S}"]),
        ("word:Iris", ["The <<iris>> controls how much light enters the eye. {S}"]),
        ("word:Frank", ["I want to be <<frank>> about what went wrong in our project. {S}"]),
        ("word:Sandy", ["The soil near the river is <<sandy>> and drains fast. {S}"]),
        ("word:Penny", ["The <<penny>> is made of copper-plated steel now. {S}"]),
        ("word:Amber", ["Insects trapped in <<amber>> can be millions of years old. {S}"]),
        ("word:Autumn", ["The leaves change colour in <<autumn>> because chlorophyll breaks down. {S}"]),
        (
            "word:Chase",
            [
                "In the story the dog gives <<chase>> to a fox. {S}",
                "Don't <<chase>> marks; explain your reasoning.",
            ],
        ),
        ("word:Hunter", ["The <<hunter>>-gatherers moved with the seasons. {S}"]),
    ]
)


# A thirteenth held-out set, written blind (without reading the anonymizer): exam answers in maths,
# physics, chemistry, history, economics, literature and computing that mention a classmate, parent,
# tutor or sibling in passing; reflective journals; peer-review comments; group-work logs with dates
# and times; forum posts with @mentions and quoted replies; presentation transcripts with speaker
# labels and disfluencies; OCR'd handwriting with broken lines and hyphens; pasted text messages;
# file names, commit lines, code comments, spreadsheet rows and CSV lines; possessives and plurals;
# texts in Spanish, French, German, Portuguese, Polish, Vietnamese, Arabic (transliterated), Chinese
# (pinyin), Yoruba, Hindi (transliterated) and Turkish with inflected names; particle and double-barrelled
# surnames; people not on the roster; and many words that must stay: name-words used as words in every
# capitalisation, eponymous laws, units and methods, places, ships, storms, brands, books, characters.
HELD_OUT_M = [
    # Exam answers that mention someone in passing
    (
        "must_stay",
        "",
        _k(
            "Q4. A train sounds its horn as it passes you. Explain the change in pitch. (3)\nThis is the <<Doppler>> "
            "effect: the waves bunch up in front of the train and spread out behind it. My uncle [[Gareth Pryce]] "
            "drives freight trains and says you can even hear it from the cab."
        ),
    ),
    (
        "must_stay",
        "word:Grant",
        _k(
            "Q5. What did the Homestead Act of 1862 offer settlers?\nA land <<grant>> of 160 acres, signed by "
            "<<Lincoln>>; <<Ulysses S. Grant>> was still a general then. [[{F}]] and I both lost a mark for the date."
        ),
    ),
    (
        "lowercase",
        "",
        "q3) x = 4 or x = -1 (factorise then set each bracket to 0). [[{o}]] showed me u can check by subbing "
        "back in, my tutor [[{x}]] says always do that",
    ),
    (
        "must_stay",
        "",
        _k(
            "Question 7: Use <<Pascal>>'s triangle to expand (a + b)^4.\nRow 4 is 1 4 6 4 1, so a^4 + 4a^3b + "
            "6a^2b^2 + 4ab^3 + b^4. My cousin [[{X}]] first showed me the triangle on a napkin."
        ),
    ),
    (
        "must_stay",
        "sur:Young",
        _k(
            "Q6 Describe <<Young>>'s double-slit experiment.\nLight through two narrow slits makes bright and dark "
            "fringes, which shows light is a wave. [[{F} {L}]] (no relation!) measured the fringe spacing as 2 mm "
            "and [[{O}]] checked it."
        ),
    ),
    (
        "must_stay",
        "sur:Brown",
        _k(
            "2(b) Smoke particles jiggle because air molecules hit them from every side. This is <<Brownian>> "
            "motion, first seen by <<Robert Brown>> in pollen grains. [[{O}]] spotted it first in the microscope and "
            "[[{L}]] drew it for our write-up."
        ),
    ),
    (
        "must_stay",
        "sur:Smith",
        _k(
            "Economics 3b\n<<Adam Smith>> argued that self-interest, guided by competition, benefits everyone. Our "
            "neighbour [[{X}]] runs a corner shop and says competition from <<Tesco>> nearly put them out of "
            "business.\n- [[{F} {L}]]"
        ),
    ),
    (
        "must_stay",
        "word:Victoria",
        _k(
            "Q2. Why did <<Queen Victoria>> withdraw from public life after 1861?\nBecause <<Prince Albert>> died of "
            "typhoid. [[{F}]] wrote that it was because of <<Victoria>>'s own illness, but that came later."
        ),
    ),
    (
        "must_stay",
        "nick:James:Jamie",
        _k(
            "Why is energy measured in <<joules>>? The unit is named after <<James Prescott Joule>>, who showed "
            "that work turns into heat. [[{N}]] was pleased to share a first name with him. {S}"
        ),
    ),
    (
        "must_stay",
        "",
        _k(
            "Convert 27 °C to <<kelvin>>: 27 + 273 = 300 <<K>>. [[{F}]] wrote 300 °K, which is wrong, because "
            "<<Lord Kelvin>>'s scale has no degree sign."
        ),
    ),
    (
        "must_stay",
        "",
        _k(
            "Q9 (CS) A square wave can be built from odd sine harmonics; this is its <<Fourier>> series. I plotted "
            "the first five terms in <<MATLAB>> on [[{O}]]'s laptop. {S}"
        ),
    ),
    (
        "lowercase",
        "",
        _k(
            "e^(iπ) + 1 = 0 is <<euler>>'s identity, [[{f}]] says it's the most beautiful equation ever but "
            "honestly i just memorised it"
        ),
    ),
    (
        "outsider",
        "",
        _k(
            "Sum of 1 to 100 = 5050, using the pairing trick young <<Gauss>> used. My cousin [[{X}]], who is "
            "eight, found it faster than me, which was embarrassing."
        ),
    ),
    (
        "must_stay",
        "",
        _k(
            "P(ill | positive) = 0.9 × 0.02 / 0.05 = 0.36 by <<Bayes>>' theorem. [[{O}]]'s answer of 0.018 forgot "
            "to divide by P(positive). {S}"
        ),
    ),
    (
        "must_stay",
        "word:Ada",
        _k(
            "Q1. Name a language designed for safety-critical systems.\n<<Ada>>, which is used in aircraft. [[{F}]] "
            "did the extension task in <<Rust>> instead. {S}"
        ),
    ),
    (
        "must_stay",
        "word:Sheila,sur:Smith",
        _k(
            "An Inspector Calls, Q3: <<Sheila>> changes the most. She admits she got <<Eva Smith>> sacked from "
            "<<Milwards>> out of jealousy. [[{F} {L}]] read <<Sheila>> in our read-through and did it really well."
        ),
    ),
    (
        "must_stay",
        "sur:King",
        _k(
            "In <<King Lear>>, the storm mirrors <<Lear>>'s mind. [[{F} {L}]] compared it to the storm in "
            "<<Stephen King>>'s novel, which Mrs [[{TI}]] said was a stretch."
        ),
    ),
    (
        "must_stay",
        "sur:Carter",
        _k(
            "History homework: <<Howard Carter>> opened <<Tutankhamun>>'s tomb in 1922, paid for by <<Lord "
            "Carnarvon>>. [[{F}]] and [[{O}]] made the timeline; [[{L}]] did the map of the <<Valley of the Kings>>."
        ),
    ),
    # Reflective journals
    (
        "outsider",
        "",
        _k(
            "Journal, week 6\nI finally understood vectors. Grandma [[Edith]] asked what I was doing and explaining it "
            "to her helped. On <<Sunday>> our neighbour Mr [[Okonjo]] fixed my bike, so I could get to revision club."
        ),
    ),
    (
        "wordname",
        "word:Sunny",
        _k(
            "Reflection: it was <<sunny>> so we did the shadow-stick experiment outside. [[{F}]] held the metre "
            "stick while I marked the tip of the shadow every 15 minutes. <<Sunny>> days are rare here!"
        ),
    ),
    (
        "nickname",
        "nick",
        "Learning journal 14/03\nToday [[{n}]] (sorry, [[{F}]], I know you hate that) helped me with simultaneous "
        "equations. I think I get elimination now.",
    ),
    (
        "lowercase",
        "word:Hunter",
        _k(
            "journal: felt rubbish today. [[{f}]] said my essay on the <<hunter>>-gatherers was good tho so thats "
            "something"
        ),
    ),
    (
        "outsider",
        "",
        "Diary entry for English\nToday was hard. [[Marisol]] didn't text back and I couldn't focus on chemistry. "
        "[[Tobi]] says I overthink everything.",
    ),
    (
        "outsider",
        "",
        _k(
            "What I learned this term: my grandma, [[Edith Cavanagh]], worked at <<Bletchley Park>> on the <<Enigma>> "
            "messages. I never knew until I did my project on <<Alan Turing>>."
        ),
    ),
    # Peer-review comments
    (
        "possessive",
        "",
        _k(
            "Peer review of [[{F}]]'s essay: your point about <<Gatsby>>'s parties is strong, but [[{F}]], you need "
            "quotes to back it up. 3/5\n- [[{O}]]"
        ),
    ),
    (
        "initials",
        "",
        "Comment [[{I}{LI}]]: good use of evidence here\nComment [[{O[0]}{OL[0]}]]: agree, but cite the page\n"
        "Comment [[{I}{LI}]]: fixed",
    ),
    (
        "allcaps",
        "",
        "PEER FEEDBACK - 2 STARS AND A WISH\nFOR: [[{FU}]]\nFROM: [[{OU}]]\n* GREAT GRAPH\n* CLEAR METHOD\n"
        "WISH: ADD ERROR BARS",
    ),
    (
        "wordname",
        "word:Will",
        _k(
            "Feedback for [[{F}]]: the intro <<will>> be stronger if you cut the first sentence. <<Will>> you add a "
            "counter-argument? [[{F}]], I think you can get an A."
        ),
    ),
    # Group-work logs with dates and times
    (
        "must_stay",
        "",
        _k(
            "Group log\n12/03 16:05 - [[{F}]] booked room B12\n12/03 16:40 - [[{O}]] + [[{f}]] drafted the intro\n"
            "13/03 09:15 - the librarian, [[{X}]], found the <<Hansard>> records for 1832"
        ),
    ),
    (
        "must_stay",
        "",
        _k(
            "Meeting minutes, <<Mon>> 4 <<March>>, 3:30pm, library\nPresent: [[{F} {L}]], [[{O} {OL}]]\nApologies: "
            "[[{X}]] (dentist)\nNext meeting: <<May>> 2nd, same room"
        ),
    ),
    (
        "wordname",
        "word:Will",
        _k(
            "Action items\n- [[{F}]] <<will>> email Dr [[{TI}]] about ethics\n- I <<will>> do the graphs\n- <<Will>> "
            "we need consent forms? ask [[{F}]] on <<Thursday>>"
        ),
    ),
    (
        "initials",
        "",
        "Task tracker\n[x] survey design ([[{I}.{LI}.]]) 02/10\n[x] pilot ([[{O[0]}.{OL[0]}.]]) 05/10\n[ ] analysis "
        "(me) due 12/10",
    ),
    # Forum posts, @mentions and quoted replies
    (
        "url_handle",
        "",
        "@[[{uf}{u}]] thanks for the link! @[[{o}]] did you get 9.6 for g as well? mine was 9.4",
    ),
    (
        "must_stay",
        "",
        _k(
            "> [[{O}]] wrote:\n> does <<Hooke>>'s law still hold past the elastic limit?\nNo, it stops being linear "
            "there. @[[{f}]] drew a really good graph of this in last week's thread."
        ),
    ),
    (
        "email",
        "",
        "On Tue 4 Mar, [[{F} {L}]] <[[{uf}.{u}@students.example.edu]]> wrote:\n> Can someone share the notes from "
        "Monday?\nSent them to your inbox. {S}",
    ),
    (
        "must_stay",
        "word:Bill",
        _k(
            "Re: Re: <<Bill>> of <<Rights>> discussion\n@[[{F}]] I disagree, the Second Amendment is about "
            "militias. Also shout-out to [[{O}]] for the <<Supreme Court>> link."
        ),
    ),
    (
        "lowercase",
        "",
        "reply to [[{o}]]'s post: yeah same, [[{l}]] also said the test is moved to friday??",
    ),
    # Presentation transcripts with speaker labels and disfluencies
    (
        "lowercase",
        "",
        "um, so, like, [[{f}]] said we should, uh, start with the, the graph? yeah. and then [[{o}]] is gonna do, "
        "um, the conclusion bit",
    ),
    (
        "must_stay",
        "word:Miles",
        _k(
            "SPEAKER 1 ([[{F}]]): so, um, <<Miles Davis>>, no relation, <<Miles>> recorded, uh, <<Kind of Blue>> in "
            "1959.\nSPEAKER 2 ([[{O}]]): and it's, like, the best-selling jazz album ever."
        ),
    ),
    (
        "allcaps",
        "",
        "[00:01:12] TEACHER: Go ahead, [[{F}]].\n[00:01:14] [[{FU}]]: Um. So. Our, our hypothesis was that "
        "heavier balls fall faster.\n[00:01:20] [[{OU}]]: Which was wrong.",
    ),
    (
        "must_stay",
        "",
        _k(
            "[auto-captions] so me and [[{o}]] um we did our talk on <<mount st helens>> which erupted in 1980 and "
            "uh the whole side of the mountain just slid off"
        ),
    ),
    (
        "nickname",
        "nick",
        "(Interviewer: [[{O}]]) so why did you pick this topic?\n([[{N}]]) honestly? my neighbour, [[{X}]], had a "
        "stroke and I wanted to, um, understand it.",
    ),
    # OCR'd handwriting: broken lines, hyphenation, damaged letters
    (
        "split",
        "",
        "The experi-\nment was done by [[{F}]] and [[{O}\n{OL}]] on Tues-\nday after school.",
    ),
    (
        "split",
        "",
        "Name: [[{FA}-\n{FB} {L}]]    Form: 9C\n1. The current is the same everywhere in a series circuit.",
    ),
    ("ocr", "word:Amelia", "Narne: [[Arnelia {L}]]\nQ1 The independent variable is the height of the ramp."),
    ("ocr", "sur:Kowalski", "Group: [[{F} Kowa1ski]], [[{O}]]\nResult: the spring stretched 4.2 cm."),
    (
        "split",
        "",
        "checked by [[{LA}\n{LB}]] and me, the answer to 3(b)\nis 17.5 m/s",
    ),
    (
        "ocr",
        "",
        _k(
            "[scan p.2, illegible line]\n... <<Ohm>>'s law: V = I R ... thanks to [[{F}]]\n[[{L}]] for the spare "
            "ruler ... 6 <<ohms>>"
        ),
    ),
    # Text messages pasted in as evidence
    (
        "lowercase",
        "",
        "screenshot of our chat (evidence we planned it):\n[[{O}]]: u done the hw?\nme: nearly, stuck on q4\n"
        "[[{O}]]: ask [[{f}]] she got 100%\nme: lol ok",
    ),
    (
        "outsider",
        "",
        _k(
            "[14/03/2025, 21:13] [[{F} {L}]]: did anyone do the <<Venn>> diagram one\n[14/03/2025, 21:15] [[{O}]]: yh "
            "its in the drive\n[14/03/2025, 21:16] [[{X}]] (tutor): label the universal set pls"
        ),
    ),
    (
        "outsider",
        "",
        "Mum ([[Deborah]]): dinner at 7, don't be late\nMe: still at [[{O}]]'s finishing the poster\n"
        "Mum ([[Deborah]]): ok ask [[{Y}]] to drop you back",
    ),
    # Names in lower case and capitals in many contexts
    (
        "must_stay",
        "",
        _k("[[{FU}]] + [[{OU}]] = BEST LAB GROUP\n<<NEWTON>>'S LAWS REVISION: 1) INERTIA 2) F = MA 3) REACTION"),
    ),
    (
        "allcaps",
        "word:Sterling",
        _k(
            "TOPIC: <<STERLING>> AND THE <<BANK OF ENGLAND>>\nPRESENTED BY [[{FU}]] AND [[{OU}]]\n<<Sterling>> is the "
            "oldest currency still in use."
        ),
    ),
    ("allcaps", "word:Rose", _k("THE PRICE <<ROSE>> BY 4% IN <<JUNE>>. CALCULATED BY [[{FU} {LU}]].")),
    (
        "lowercase",
        "",
        _k("ok [[{l}]] and [[{o}]] were right, i was wrong abt the <<pythagoras>> one, its 13 not 17"),
    ),
    ("lowercase", "word", "lab partner: [[{f} {l}]]\ngroup: [[{o}]], [[{f}]], me"),
    # Initials in many forms
    ("initials", "", "Marked by: [[{I}.{LI}.]]\nMark: 14/20\nModerated by: [[{TI}]]"),
    ("initials", "", "reviewed by [[{i}{l[0]}]] and [[{o[0]}{ol[0]}]], both happy with the method"),
    ("initials", "sur:Dunn-Smith", "Lab book owner: [[{I}. D-S.]]\nExperiment 3: rates of reaction"),
    (
        "initials",
        "",
        "Mr. [[{TI[0]}]] said we could use calculators on section B, so [[{F}]] and I did.",
    ),
    ("initials", "", "per [[{O[0]}{OL[0]}]]'s note, the deadline moved to Friday. - [[{I}]]."),
    # Nicknames and diminutives
    (
        "must_stay",
        "nick:Elizabeth:Lizzie",
        _k(
            "Trip report: we took the <<Elizabeth line>> to <<Paddington>> and then walked to the <<Science "
            "Museum>>. [[{N}]] navigated the whole way."
        ),
    ),
    (
        "must_stay",
        "nick:William:Billy",
        _k("We watched <<Billy Elliot>> in drama. [[{N}]] said it's his favourite film, and [[{O}]] cried."),
    ),
    ("nickname", "nick:Alexander:Sasha", "[[Sashka]] (that's what his grandma calls [[{F}]]) solved it first."),
    (
        "nickname",
        "nick:Margaret:Peggy",
        "Thanks to [[Peg]] (aka [[{N}]], aka [[{F}]]) for the highlighters!",
    ),
    (
        "nickname",
        "nick",
        "[[{N} {L}]] is what it says on the poster, but the register says [[{F} {L}]]. Either way, they did the "
        "data collection.",
    ),
    # E-mails, handles, file names, commits, code comments, spreadsheets and CSV
    ("url_handle", "", "Attached: essay_final_[[{i}{u}]]_v2.docx and bibliography_[[{i}{u}]].pdf"),
    ("url_handle", "", "Uploaded [[{F}_{L}]]_Lab3_FINAL(1).pdf - sorry, the other one was [[{o}]]'s"),
    (
        "must_stay",
        "",
        _k(
            "commit 3f9a2c1\nAuthor: [[{F} {L}]] <[[{uf}.{u}@students.example.edu]]>\nDate: Tue Mar 4 16:02 2025\n\n"
            "    fix off-by-one in <<Dijkstra>> loop (thanks [[{o}]])"
        ),
    ),
    (
        "must_stay",
        "",
        _k(
            "# TODO([[{uf}]]): handle the empty list\n# [[{O}]] says use <<Horner>>'s method here\ndef poly(coeffs, "
            "x):\n    return 0"
        ),
    ),
    (
        "plain",
        "",
        "Name\tQ1\tQ2\tTotal\n[[{L}, {F}]]\t4\t5\t9\n[[{OL}, {O}]]\t3\t5\t8",
    ),
    (
        "student_id",
        "",
        "student_id,name,email,score\n[[{SID}]],[[{F} {L}]],[[{uf}.{u}@uni.example.edu]],87",
    ),
    ("url_handle", "", "my replit for the project: [[replit.com/@{uf}{u}{d}]] (fork it, [[{o}]])"),
    ("email", "nick", "Email me at [[{n}.{u}@gmail.com]], not the school one, it's full."),
    ("url_handle", "", "stream link for the charity coding marathon: [[twitch.tv/{uf}_codes_{d}]]"),
    ("email", "", "cc: [[{SID0}@students.uni.example]]; [[{i}.{u}@uni.example]]\nRe: extension for lab 4"),
    # Possessives and plurals
    (
        "possessive",
        "sur:Nguyen",
        "We did the experiment at the [[{L}s]]' house because [[{F}]]'s mum has a greenhouse.",
    ),
    (
        "possessive",
        "word:Noor",
        "There are two [[{F}s]] in our class, so we call her [[{F} {LI}.]] to tell them apart.",
    ),
    (
        "possessive",
        "sur:Okafor",
        "The [[{L}s]] lent us their projector, and [[{O}]]'s dad carried it in.",
    ),
    ("possessive", "word:Jess", "I used [[{F}]]' graph paper and [[{F}]]'s ruler. Sorry, [[{f}]]!"),
    ("possessive", "", "[[{O}]]’s and [[{F}]]’s results didn’t match, so we repeated it."),
    # Other languages, with inflected names
    (
        "non_english",
        "word:Luz,sur:Reyes",
        _k(
            "Pregunta 2: La velocidad de la <<luz>> es de unos 300 000 km/s. [[{F}]] y yo lo comprobamos con el "
            "láser de la profe [[{TI}]]."
        ),
    ),
    (
        "must_stay",
        "sur:Reyes",
        _k(
            "Examen de Historia: Los <<Reyes Católicos>> unieron <<Castilla>> y <<Aragón>> en 1469. Lo repasé con "
            "mi primo [[Iker]].\n- [[{F} {L}]]"
        ),
    ),
    (
        "must_stay",
        "sur:Castellano",
        _k("Mi compañera [[{F} {L}]] me corrigió la redacción en <<castellano>> y en inglés."),
    ),
    (
        "non_english",
        "nick:José:Pepe",
        _k(
            "Gracias a [[{N}]] (bueno, [[{F}]]) por explicarme las derivadas. Mi abuela [[Dolores]] también "
            "ayudó, aunque tenía <<dolores>> de cabeza."
        ),
    ),
    (
        "non_english",
        "word:Pierre",
        _k(
            "Réponse 3 : la <<pierre>> tombe à 9,8 m/s². [[{F}]] a lâché la <<pierre>> du deuxième étage et moi, "
            "j'ai chronométré."
        ),
    ),
    (
        "non_english",
        "sur:Dubois",
        _k(
            "On a fait le TP chez les [[{L}]], à <<Lyon>>. Merci à Mme [[{L}]] pour le goûter et à [[{O}]] pour "
            "les photos."
        ),
    ),
    (
        "non_english",
        "word:Jürgen",
        _k(
            "Aufgabe 4: Nach dem <<Ohmschen>> Gesetz ist R = U/I = 230 <<Ohm>>. [[Jürgens]] Rechnung war falsch, "
            "weil er mA nicht umgerechnet hat."
        ),
    ),
    (
        "non_english",
        "word:Ernst",
        _k("[[{F}]] sagt, er meint es <<ernst>> mit dem Referat über <<Goethe>>. Ich glaube ihm nicht."),
    ),
    (
        "non_english",
        "nick:João:Joãozinho",
        "Resposta: a água ferve a 100 °C ao nível do mar. Eu e o [[{N}]] testamos em casa; a minha avó "
        "[[Conceição]] emprestou a panela.",
    ),
    (
        "non_english",
        "word:Graça",
        _k("A [[{F}]] disse que a entrada no museu é de <<graça>> às quartas, então fomos com a [[{O}]]."),
    ),
    (
        "non_english",
        "word:Łukasz",
        "Zadanie 3: Rozwiązałem to z [[Łukaszem]], a [[Kasia]] sprawdziła wynik. Wyszło 42.",
    ),
    (
        "non_english",
        "nick:Małgorzata:Gosia",
        _k("Dziękuję [[Gosi]] za notatki z wycieczki do <<Krakowa>>. Bez [[Małgosi]] nie zdałbym testu."),
    ),
    (
        "non_english",
        "word:Mai,sur:Nguyễn",
        _k("Câu 2: Em và bạn [[{F}]] làm thí nghiệm này. Ngày <<mai>> em nộp bài cho cô [[{TI}]]."),
    ),
    (
        "non_english",
        "word:Youssef,sur:Haddad",
        "My study group was [[{F}]], [[{O}]] and me. We revised at the [[Al-{L}]] house and Umm [[{F}]] made us "
        "tea. shukran ya [[Yousef]]!",
    ),
    (
        "non_english",
        "word:Xiaoming,sur:Li",
        "Wǒ hé [[Lǐ Xiǎomíng]] yīqǐ zuò le zhège shíyàn. [[Xiǎomíng]] de bàba bāng wǒmen mǎi le diànchí.",
    ),
    (
        "non_english",
        "word:Adebayo,sur:Oyelaran",
        "Ẹ ṣé gan-an, [[Adébáyọ̀]]! And thanks to Mr [[Ọ̀yẹ́láràn]] for checking our circuit with [[{O}]].",
    ),
    (
        "non_english",
        "word:Priya,sur:Patel",
        _k(
            "Q2 ka answer [[{f}]] ne bataya tha, maine bas <<Pythagoras>> lagaya. [[Rohan]] bhaiya ne check kiya, "
            "sab sahi hai."
        ),
    ),
    ("non_english", "word:Ayşe", "[[Ayşe]]'nin çözümü daha kısa ama [[{O}]] ile benimki de doğru."),
    # Particle and double-barrelled surnames
    (
        "compound",
        "sur:de la Cruz",
        "Lab partners: [[{F} {L}]] / [[{O}]]\n[[De La Cruz]] measured the angles and I drew the ray diagram.",
    ),
    (
        "compound",
        "sur:Hopper-Lee",
        "Poster by [[{F} Hopper Lee]] (the hyphen got lost in the printer) and [[{O}]].",
    ),
    (
        "compound",
        "sur:van der Berg",
        "[[Van der Berg]] got the top mark again. [[{F} v.d. Berg]] on the seating plan, to be exact.",
    ),
    (
        "compound",
        "sur:Ó Súilleabháin",
        "[[{F} {L}]] (it's [[O'Sullivan]] on the register, the old system anglicised it) presented first.",
    ),
    (
        "compound",
        "sur:Fernández-Ortega",
        "Credit to [[{F} {L}]], or just [[Ortega]] as the football team calls him, for the spreadsheet.",
    ),
    # People not on the roster
    (
        "outsider",
        "",
        _k(
            "PE reflection: Coach [[Darnell Whitfield]] explained that a rugby tackle is <<Newton>>'s third law in "
            "action. My sister [[Imogen]] plays for the county."
        ),
    ),
    (
        "outsider",
        "",
        "Our next-door neighbour, Mr [[Szymański]], is an electrician, so he checked our circuit diagram.",
    ),
    (
        "outsider",
        "",
        _k("My tutor [[Anjali]] is doing a PhD at <<Imperial>>, so she helped me with the <<Kepler>> question."),
    ),
    ("outsider", "", "[[Bartek]] and [[Zuzia]] came round on Saturday and we built the volcano in the garden."),
    (
        "outsider",
        "",
        _k(
            "We measured the flow of the <<River Severn>> at three sites. My cousin [[River]] (yes, really) came "
            "along and held the float."
        ),
    ),
    (
        "outsider",
        "",
        _k(
            "My little sister [[Summer]] was born during the <<summer>> heatwave, so I used our thermometer readings "
            "from that week."
        ),
    ),
    (
        "outsider",
        "",
        "Babysitter [[Keisha]] let me stay up to finish this, so if it's bad, blame her.",
    ),
    # Places that look like names
    (
        "must_stay",
        "",
        _k(
            "Rugby league trip: we watched <<St Helens>> play <<Wigan>>. [[{O}]] explained the rules while [[{F}]] "
            "filmed for the media project."
        ),
    ),
    (
        "must_stay",
        "word:Charlotte",
        _k(
            "[[{F}]] moved here from <<Charlotte>>, North Carolina, so she did her geography case study on "
            "<<Charlotte>>'s urban sprawl."
        ),
    ),
    (
        "must_stay",
        "word:Victoria",
        _k("We met under the clock at <<Victoria>> station; [[{F}]] was twenty minutes late, as usual."),
    ),
    (
        "must_stay",
        "word:Florence",
        _k("Art history trip: <<Florence>> in <<April>>. [[{F}]] loved the <<Uffizi>>, I preferred the <<Duomo>>."),
    ),
    (
        "must_stay",
        "word:Alice",
        _k(
            "[[{F}]]'s uncle lives in <<Alice Springs>>, so she got us real rainfall data for the desert climate graph."
        ),
    ),
    (
        "must_stay",
        "word:Phoenix",
        _k("<<Phoenix>>, Arizona, is the hottest big city in the US. [[{F}]] found the data on the <<NOAA>> site."),
    ),
    # Ships, storms, brands, books, characters
    (
        "must_stay",
        "",
        _k(
            "<<Darwin>> sailed on <<HMS Beagle>> in 1831. [[{F}]] built a model of the <<Beagle>> and [[{O}]] "
            "painted it."
        ),
    ),
    (
        "must_stay",
        "word:Harvey",
        _k(
            "<<Hurricane Harvey>> dropped over a metre of rain on <<Houston>> in 2017. [[{F}]] has family there, "
            "so he interviewed his aunt [[Marisela]]."
        ),
    ),
    (
        "must_stay",
        "word:Ciarán",
        _k("[[{F}]] tracked <<Storm Ciarán>> on the <<Met Office>> site for our weather diary."),
    ),
    (
        "must_stay",
        "word:Tim",
        _k("We wrote the business case on <<Tim Hortons>>; [[{F}]] did the finance and [[{O}]] did marketing."),
    ),
    (
        "must_stay",
        "nick:Rebecca:Becky",
        _k(
            "[[{N}]] is reading <<Rebecca>> by <<Daphne du Maurier>> for her coursework, and I'm reading <<Jamaica "
            "Inn>>."
        ),
    ),
    (
        "must_stay",
        "word:Emma",
        _k(
            "[[{F}]] wants to write about <<Emma>> by <<Jane Austen>>, because <<Emma Woodhouse>> is, in her words, "
            "'annoying but right'."
        ),
    ),
    (
        "must_stay",
        "word:Gregor",
        _k(
            "In <<The Metamorphosis>>, <<Gregor Samsa>> wakes up as an insect. [[{F}]] said that's just Monday "
            "mornings."
        ),
    ),
    (
        "must_stay",
        "",
        _k(
            "The <<Titanic>> sank because the bulkheads were open at the top. [[{O}]] had the poster of the "
            "<<Carpathia>> rescue and I did the timeline. {S}"
        ),
    ),
    (
        "must_stay",
        "",
        _k("Equipment list: <<Casio>> calculator, <<Sharpie>>, <<Pyrex>> beaker. Borrowed the last one from [[{O}]]."),
    ),
    (
        "must_stay",
        "word:Mary,sur:Rose",
        _k(
            "<<Henry VIII>>'s warship, the <<Mary Rose>>, sank in 1545. Yes, [[{F} {L}]] has heard every joke about it."
        ),
    ),
    # The same word as a name and as a word in one text
    (
        "wordname",
        "word:Dale",
        _k("Geography trip to the Yorkshire <<Dales>>: [[{F}]] led us up the <<dale>> and I took the river readings."),
    ),
    (
        "wordname",
        "word:Glen",
        _k("[[{F}]] photographed the U-shaped <<glen>> in <<Glen Coe>> for our glaciation poster."),
    ),
    (
        "wordname",
        "word:Cliff",
        _k("[[{F}]] measured how far the <<cliff>> has retreated at <<Holderness>> since 1990."),
    ),
    (
        "wordname",
        "word:Gene",
        _k("[[{F}]] explained how a dominant <<gene>> masks a recessive one, using <<Mendel>>'s peas."),
    ),
    (
        "wordname",
        "word:Ivy",
        _k("[[{F}]] identified the <<ivy>> on the oak tree as a climber, not a parasite. <<Ivy>> needs support."),
    ),
    (
        "wordname",
        "word:Sky",
        _k(
            "[[{F}]] explained why the <<sky>> is blue: <<Rayleigh>> scattering. <<Sky>> colour at sunset is red for "
            "the same reason."
        ),
    ),
    (
        "wordname",
        "word:River",
        _k("[[{F}]] took the <<river>> samples upstream, and I did the ones near the weir."),
    ),
    (
        "wordname",
        "word:Major",
        _k("[[{F}]] played the piece in C <<major>>. <<Major>> scales sound happier than minor ones, we agreed."),
    ),
    (
        "wordname",
        "word:Lily",
        _k("[[{F}]] drew the water <<lily>> for the adaptations question; [[{O}]] did the cactus."),
    ),
    (
        "wordname",
        "word:Summer",
        _k("[[{F}]] ran the cake stall at the <<summer>> fair; the profit went to the science club."),
    ),
    (
        "wordname",
        "word:Hunter",
        _k("<<HUNTER>>-GATHERERS vs FARMERS, by [[{F}]] and [[{O}]]\n<<Hunters>> moved with the herds."),
    ),
    (
        "wordname",
        "word:Rose",
        _k("When [[{F}]] added the catalyst, the temperature <<rose>> by 6 degrees. [[{F}]] wrote it down."),
    ),
    # Famous names in course content beside students
    (
        "famous",
        "",
        _k("[[{F}]]'s notes on <<{FAM}>> are better than the textbook; I copied the diagram with permission."),
    ),
    (
        "famous",
        "",
        _k("rev session w/ [[{o}]]: <<{FAM}>>, then <<Archimedes>>, then <<Bernoulli>>'s principle"),
    ),
    (
        "must_stay",
        "",
        _k(
            "Earth science: the <<Richter>> scale is logarithmic; the <<Mohs>> scale ranks hardness; the "
            "<<Beaufort>> scale is wind. [[{O}]] made a mnemonic for all three."
        ),
    ),
    (
        "must_stay",
        "",
        _k(
            "Planning: we used a <<Gantt>> chart and a <<Kanban>> board on <<Trello>>. [[{F}]] kept it up to date, "
            "[[{O}]] forgot it existed."
        ),
    ),
]
HELD_OUT_M += _word_pairs(
    [
        ("word:Will", ["<<Will>> the ball land before or after the whistle? {S}", "<<WILL>> POWER IS NOT ENOUGH."]),
        ("word:Rose", ["<<Rose>> petals were used for the chromatography.", "<<ROSE>> BUSHES GROW BY THE LAB."]),
        ("word:Summer", ["<<Summer>> temperatures in the greenhouse reached 41 °C."]),
        ("word:Bill", ["<<Bill>> and coo is what the pigeons do, says the poem."]),
        ("word:Grant", ["<<Grant>> access to the shared drive before the deadline. {S}"]),
        ("word:Miles", ["<<Miles>> per hour is not an SI unit, so convert to m/s."]),
        ("word:Sterling", ["The ring was <<sterling>> silver, 92.5% pure."]),
        ("word:Dale", ["<<Dale>> farming in the <<Pennines>> is mostly sheep."]),
        ("word:Glen", ["<<Glen>> valleys in <<Scotland>> were shaped by ice."]),
        ("word:Cliff", ["<<Cliff>> erosion is fastest where the rock is soft clay."]),
        ("word:Gene", ["<<Gene>> therapy could treat cystic fibrosis. {S}"]),
        ("word:Ivy", ["<<Ivy>> League universities are private."]),
        ("word:Sunny", ["<<Sunny>> spells raise the ozone level near roads."]),
        ("word:Major", ["<<Major>> General <<Wolfe>> took <<Quebec>> in 1759."]),
        ("word:Sky", ["<<Sky>> glow from streetlights hides the fainter stars."]),
        ("word:River", ["<<River>> discharge peaks a few hours after the rain."]),
        ("word:Hunter", ["<<Hunter>> wellies are not allowed in the lab."]),
        ("word:Lily", ["<<Lily>> pollen stains, so wear gloves."]),
        ("word:Luz", ["La <<luz>> se refracta al pasar al agua."]),
        ("word:Dolores", ["Tenía <<dolores>> de cabeza durante el examen."]),
        ("word:Pierre", ["On a mesuré la masse de la <<pierre>> avec une balance."]),
        ("word:Mai", ["Hẹn gặp lại ngày <<mai>> nhé."]),
        ("word:Ernst", ["Das Thema ist <<ernst>>, also bitte keine Witze."]),
        ("word:Harvey", ["<<Harvey>> <<Nichols>> is a department store in <<Knightsbridge>>."]),
        ("nick:William:Will", ["<<Will>> the heat escape faster from the black can? {S}"]),
        ("nick:Patricia:Patty", ["Each burger <<patty>> weighed 110 g before cooking."]),
        ("nick:Richard:Rich", ["<<RICH>> COUNTRIES EMIT MORE CO2 PER PERSON."]),
        ("nick:Daniel:Dan", ["I passed my first <<dan>> grading in judo last week."]),
    ]
)


# A fourteenth held-out set, written blind (without reading the anonymizer): long essays in history, English
# literature, biology and economics with names buried mid-paragraph; lab reports with "Group members" lines in
# many layouts; peer-assessment forms; speech-to-text transcripts of oral exams with speaker tags, false starts
# and lower-case names; messages and extension requests to instructors that mention doctors, parents and
# coaches; answers in Spanish, French, German, Italian, Portuguese, Dutch, Turkish, Polish, Swahili and Tagalog
# with declined and diminutive native names; Markdown, CSV and TSV tables, JSON, code, LaTeX and file paths;
# initials in every form; nicknames; names glued to numbers, hashtags and emoji; particle and Mc/Mac surnames;
# people not on the roster; and many words that must stay: name-words as words in every position, famous people
# and characters in course content, eponymous laws, units, diseases, places, institutions and brands.
HELD_OUT_N = [
    # Long essays with names buried mid-paragraph
    (
        "must_stay",
        "sur:Washington",
        _k(
            "History essay: Why did the colonists rebel?\nThe Stamp Act of 1765 taxed newspapers, legal papers and "
            "playing cards, and the colonists objected to taxation without representation. At first even <<George "
            "Washington>> hoped to stay loyal to the Crown, and <<Benjamin Franklin>> spent years in <<London>> "
            "looking for a compromise. When [[{O}]] and I argued about this in the library, [[{O}]] said the "
            "<<Boston>> Tea Party was vandalism, not protest. By 1776 <<Thomas Paine>>'s pamphlet had changed many "
            "minds. My grandfather, [[{X} {XL}]], taught history for thirty years and lent me his copy of the "
            "<<Declaration of Independence>>.\n[[{F} {L}]] (no relation to the general)"
        ),
    ),
    (
        "must_stay",
        "word:George",
        _k(
            "Of Mice and Men, Section B\n<<Steinbeck>> ends the novel with <<George>> shooting <<Lennie>> by the pool "
            "where the story began. I read this as mercy, not murder: <<George>> knows <<Curley>> will lynch him. In "
            "our read-through [[{F}]] played <<George>> and [[{O}]] played <<Lennie>>, and hearing [[{F}]] say the "
            "last lines out loud made me see how tired <<George>> is. Men like <<Candy>> have nothing once they are "
            "old, which is why the dream of the farm matters so much."
        ),
    ),
    (
        "wordname",
        "word:Victor",
        _k(
            "Frankenstein essay (extract)\n<<Victor>> runs from his creation the moment it opens its eyes. In the "
            "seminar [[{F}]] argued that <<Victor>>, not the creature, is the real monster, and I agree with [[{F}]] "
            "up to a point. <<Mary Shelley>> gives the creature the most eloquent voice in the book, and by the time "
            "they reach the Arctic, <<Victor>> has lost <<Elizabeth>>, <<Clerval>> and his father."
        ),
    ),
    (
        "outsider",
        "",
        _k(
            "Biology: Explain how a person can inherit <<Down syndrome>>. (6)\nIt is usually caused by non-disjunction "
            "in meiosis, so one gamete carries two copies of chromosome 21 and the zygote ends up with three. My "
            "little brother [[{X}]] has <<Down syndrome>>, so I asked my mum, [[{Y}]], if I could use the karyotype "
            "from his hospital letter. A <<Punnett>> square does not help here because it is not a single-gene "
            "trait. [[{O}]] helped me label the chromosomes."
        ),
    ),
    (
        "must_stay",
        "word:Rosalind",
        _k(
            "Q: Describe how the structure of DNA was discovered. (6)\n<<Rosalind Franklin>> took Photograph 51 at "
            "<<King's College London>>; <<Watson>> and <<Crick>> used it, without asking her, to build their double "
            "helix in <<Cambridge>>. [[{F}]] pointed out in class that <<Franklin>> died in 1958, before the "
            "<<Nobel>> Prize was awarded in 1962, so she could not have shared it. Dr [[{TI}]] agreed."
        ),
    ),
    (
        "must_stay",
        "sur:Ford",
        _k(
            "Economics essay: economies of scale\nWhen <<Henry Ford>> introduced the moving assembly line in 1913, "
            "the time to build a <<Model T>> fell from twelve hours to about ninety minutes, and he could pay $5 a "
            "day. Today <<Ford>>, <<Toyota>> and <<Tesla>> all rely on the same idea. [[{F} {L}]] (yes, really) "
            "pointed out that diseconomies set in when a firm grows too big to manage, and [[{O}]] found data on "
            "<<Ferrari>>, which deliberately stays small."
        ),
    ),
    (
        "must_stay",
        "sur:Phillips",
        _k(
            "Evaluate the claim that there is a trade-off between inflation and unemployment. (15)\nThe <<Phillips>> "
            "curve, drawn by <<A. W. Phillips>> in 1958, showed wage inflation was high when unemployment was low. "
            "In the 1970s stagflation broke this link, as <<Milton Friedman>> had predicted. In our class debate "
            "[[{L}]] argued that the curve still holds in the short run, while [[{O}]] relied on <<Keynes>>. My own "
            "view, after reading <<Friedman>>, is that expectations matter most."
        ),
    ),
    (
        "outsider",
        "",
        _k(
            "The Salt March of 1930 was a turning point because <<Gandhi>> chose an issue every Indian understood. "
            "He walked 240 miles to <<Dandi>> and picked up salt from the shore, breaking the <<British>> monopoly. "
            "My nani, [[Sushila Mehra]], grew up in <<Ahmedabad>> and remembers her own mother talking about it. "
            "[[{O}]] and I watched <<Attenborough>>'s film of it for homework."
        ),
    ),
    (
        "must_stay",
        "",
        _k(
            "<<Napoleon>>'s final defeat came at <<Waterloo>> on 18 <<June>> 1815, when <<Wellington>> held the ridge "
            "until <<Blücher>>'s Prussians arrived. [[{F}]]'s dad, [[{X}]], does battle re-enactments and brought in "
            "a replica musket, which [[{O}]] was far too excited about. Afterwards <<Napoleon>> was exiled to "
            "<<Saint Helena>>, where he died in 1821."
        ),
    ),
    (
        "must_stay",
        "word:Duncan",
        _k(
            "How does <<Shakespeare>> present guilt in <<Macbeth>>?\nAfter the murder of <<Duncan>>, <<Macbeth>> sees "
            "<<Banquo>>'s ghost at the feast, and <<Lady Macbeth>> cannot wash the blood from her hands. [[{F}]] "
            "said in class that <<Duncan>> is too trusting, which is fair, and [[{O}]] compared the dagger speech to "
            "<<Hamlet>>. Overall guilt destroys both of them."
        ),
    ),
    (
        "must_stay",
        "sur:Fitzgerald",
        _k(
            "Comparative essay: <<The Great Gatsby>> and <<Death of a Salesman>>\nBoth <<Gatsby>> and <<Willy "
            "Loman>> believe in the American Dream. <<Fitzgerald>> lets <<Nick Carraway>> judge <<Gatsby>>, while "
            "<<Arthur Miller>> gives us no narrator at all.\n[[{F} {L}]] - and no, I am not related to <<F. Scott "
            "Fitzgerald>>, whatever Mr [[{TI}]] says."
        ),
    ),
    (
        "wordname",
        "word:Grace",
        _k(
            "In <<Jane Eyre>>, <<Grace Poole>> is blamed for the laugh in the attic, but it is really <<Bertha "
            "Mason>>. [[{F}]] read <<Grace>>'s lines in our group and carried it off with such <<grace>> that "
            "[[{O}]] forgot to laugh at the accent."
        ),
    ),
    (
        "must_stay",
        "sur:King",
        _k(
            "<<Martin Luther King>> gave the 'I Have a Dream' speech at the <<Lincoln Memorial>> in 1963, in front "
            "of about 250,000 people. [[{F} {L}]] visited <<Washington>> last summer with her aunt, [[{X}]], and "
            "photographed the step where <<King>> stood, which made our display much better."
        ),
    ),
    (
        "must_stay",
        "",
        _k(
            "Natural selection essay\n<<Darwin>> noticed that finches on different <<Galápagos>> islands had "
            "different beaks, and <<Alfred Russel Wallace>> reached the same idea in <<Borneo>>. Unlike "
            "<<Lamarck>>, neither thought that features gained in life were passed on. [[{F}]] and I grew mould on "
            "bread to model variation, and my tutor, [[{X}]], suggested the antibiotic-resistance example."
        ),
    ),
    # Lab reports with group members in many layouts
    (
        "plain",
        "",
        "Lab Report 4: Rates of Reaction\nGroup members: [[{F} {L}]] (scribe), [[{O} {OL}]] (timer), [[{X}]]* "
        "(observer)\n*visiting student from 10D, not on our register\nAim: to see how temperature affects the rate "
        "of reaction between sodium thiosulfate and hydrochloric acid.",
    ),
    (
        "allcaps",
        "",
        _k(
            "GROUP MEMBERS\n1. [[{LU}, {FU}]]\n2. [[{OL}, {O}]]\n3. ME\nAPPARATUS: <<BUNSEN>> BURNER, TRIPOD, GAUZE, "
            "<<PETRI>> DISHES, <<ERLENMEYER>> FLASK"
        ),
    ),
    (
        "lowercase",
        "",
        "group members - [[{f}]] / [[{o}]] / me (we lost [[{x}]] to the other table lol)\nmethod: 1) measure 50 ml "
        "of water 2) add the salt 3) stir till it dissolves",
    ),
    (
        "initials",
        "",
        _k(
            "Members: [[{F} {LI}.]], [[{O} {OL[0]}.]], [[{X} {XL[0]}.]]\nHypothesis: the spring obeys <<Hooke>>'s law "
            "up to a load of 400 g."
        ),
    ),
    (
        "split",
        "",
        "Group\nmembers:\n[[{F}]]\n[[{L}]]\n&\n[[{O}]]\n[[{OL}]]\nResults: see table 1 below.",
    ),
    (
        "punctuation",
        "",
        "Group members:[[{F}]]/[[{O}]]/[[{X}]](guest)|Bench 6|Date 14.03|Teacher:[[{TI}]]",
    ),
    (
        "must_stay",
        "nick:Charles:Charlie",
        _k(
            "Title: Verifying <<Charles>>'s law\nGroup members: [[{N}]] (syringe), [[{O}]] (thermometer)\nWe heated a "
            "sealed syringe in a water bath from 20 to 80 °C. The volume <<rose>> in proportion to the temperature in "
            "<<kelvin>>, as <<Charles>> and <<Gay-Lussac>> found."
        ),
    ),
    (
        "must_stay",
        "word:Graham",
        _k(
            "Practical: <<Graham>>'s law of diffusion\nGroup members: [[{F} {L}]], [[{O} {OL}]]\nThe white ring of "
            "ammonium chloride formed nearer the HCl end, because ammonia is lighter. [[{F}]] timed it; <<Graham>>'s "
            "law predicts a ratio of 1.47."
        ),
    ),
    (
        "must_stay",
        "sur:Müller",
        _k(
            "Lab 9: Background radiation\nTeam: [[{F} {L}]] and [[{O}]]\nWe measured the background count with a "
            "<<Geiger-Müller>> tube for ten minutes and converted the dose to <<sieverts>>. [[{L}]] joked that the "
            "tube was named after his family."
        ),
    ),
    # Peer-assessment forms
    (
        "plain",
        "",
        "Rate your teammates (1 = did nothing, 5 = carried the team)\n[[{F} {L}]]: 5 - built the whole spreadsheet\n"
        "[[{O}]]: 2 - missed two meetings, then did the slides the night before\nYourself: 4\nComments: [[{O}]] said "
        "their nan was ill, so maybe go easy.",
    ),
    (
        "wordname",
        "word:Joy",
        _k(
            "Peer assessment - Team 3\nName: [[{F}]]\nContribution: 5/5\nComment: a real <<joy>> to work with, "
            "always on time. I would pick [[{F}]] again."
        ),
    ),
    (
        "wordname",
        "nick:Richard:Rich",
        _k(
            "Teammate: [[{N}]] ★★★★☆\nStrengths: <<rich>> ideas, great at pitching\nWeaknesses: [[{N}]] left the "
            "budget until the last day"
        ),
    ),
    (
        "nickname",
        "nick:Katherine:Katie",
        "Self and peer evaluation\n| Teammate | Effort | Comment |\n|---|---|---|\n| [[{N}]] | 5 | did the survey |\n"
        "| [[Kate {L}]] | 5 | same person, the form made me list her twice |\n| [[{O}]] | 3 | fine |",
    ),
    (
        "lowercase",
        "",
        "rate ur group: [[{f}]] 10/10 goat, [[{o}]] 6/10 kept going on tiktok, [[{x}]] from the other class 0/10 "
        "stole our glue",
    ),
    (
        "initials",
        "",
        "Peer mark sheet\nAssessor: [[{O[0]}{OL[0]}]]\nAssessee: [[{I}{LI}]]\nCriterion A 4/5, criterion B 3/5\n"
        "Signed –[[{O[0]}{OL[0]}]]",
    ),
    (
        "wordname",
        "word:Hope",
        _k(
            "[[{F}]] gave a talk on the <<Hope Diamond>> for our minerals unit.\nFeedback: clear slides. I <<hope>> "
            "you add the <<Smithsonian>> photos next time, [[{F}]]."
        ),
    ),
    # Speech-to-text transcripts of oral exams
    (
        "student_id",
        "",
        "EXAMINER: For the recording, please state your name and candidate number.\nCANDIDATE: um yeah it's "
        "[[{f}]], er, [[{f} {l}]], and my number's [[{SIDD}]]\nEXAMINER: Thank you. Can you describe the photo?",
    ),
    (
        "lowercase",
        "",
        _k(
            "[transcript, auto]\nteacher: so where does the <<krebs>> cycle happen\nstudent: in the, the matrix, the "
            "mitochondrial matrix. [[{o}]] no sorry [[{f}]] told me it makes like two atp per turn"
        ),
    ),
    (
        "wordname",
        "word:Will",
        _k(
            "SPEAKER 2: so <<Rousseau>> says the, the general <<will>> is, um\nSPEAKER 1: sorry, [[{f}]], can you "
            "speak up\nSPEAKER 2: yeah, the general <<will>> is what everyone wants. um, [[{o}]] <<will>> do the "
            "next bit"
        ),
    ),
    (
        "wordname",
        "word:May",
        _k(
            "ORAL EXAM - HISTORY - TRANSCRIPT\nQ: When did the war in Europe end?\nA ([[{F}]]): <<May>> 1945. The "
            "eighth of <<May>>.\nQ: Good, [[{F}]]. And what <<may>> have changed after <<Churchill>> lost the "
            "election?"
        ),
    ),
    (
        "non_english",
        "",
        _k(
            "EXAMINATRICE : Comment tu t'appelles ?\nÉLÈVE : euh je m'appelle [[{f}]]… [[{f} {l}]]. J'habite à "
            "<<Saint-Étienne>> avec ma mère, [[{X}]].\nEXAMINATRICE : Très bien. Parle-moi de ton stage."
        ),
    ),
    (
        "non_english",
        "",
        _k(
            "PROFESORA: ¿Cómo se llama tu mejor amigo?\nALUMNO: se llama, eh, [[{o}]]… bueno, [[{O} {OL}]]. vive en "
            "la calle <<San Martín>>, al lado de la farmacia."
        ),
    ),
    (
        "allcaps",
        "",
        _k(
            "[MUSIC] [[{FU}]]: OK SO OUR TOPIC IS <<ALZHEIMER>>'S DISEASE\n[[{OU}]]: AND MY GRAN, [[{XU}]], HAS IT, SO "
            "WE INTERVIEWED HER CARER"
        ),
    ),
    (
        "lowercase",
        "",
        "so the the group was me, [[{f}]], and, um, [[{o}]] [[{ol}]], no wait, [[{ol}]] was off that day, so just "
        "me and [[{f}]]",
    ),
    # Messages and requests to instructors
    (
        "nickname",
        "nick:Jacob:Jake",
        "hi miss, its [[{n}]] from 10B, i was off yesterday cos of the dentist, can u send me the sheet? thx",
    ),
    (
        "outsider",
        "",
        _k(
            "Dear Ms [[{TI}]],\nI am writing to ask for an extension on the <<Gatsby>> essay. On Monday I was seen by "
            "Dr [[Adebayo-Price]] at <<St Mary's Hospital>> for a suspected concussion from rugby; Coach [[Reilly]] "
            "can confirm. My mum, [[{X} {L}]], has signed the form.\nKind regards,\n[[{F} {L}]], 11C"
        ),
    ),
    (
        "outsider",
        "",
        _k(
            "Sir, sorry I missed the mock. My grandad [[{X}]] has <<Parkinson's>> and I had to go with him to the "
            "clinic at <<Addenbrooke's>>. My aunt [[{Y} {XL}]] can email you if you need proof. - [[{F}]]"
        ),
    ),
    (
        "lowercase",
        "",
        _k(
            "hey sir its [[{f} {l}]] (the tall one lol) my football coach [[{x}]] says i cant do the trip to <<cape "
            "town>> bc of the tournament, is that ok"
        ),
    ),
    (
        "must_stay",
        "",
        _k(
            "Dear Mrs [[{TI}]], apologies for the late submission. Our <<Dell>> laptop died and my brother [[{X}]] "
            "only fixed it last night. I have attached my essay on <<Atticus Finch>>.\n[[{F}]]"
        ),
    ),
    (
        "wordname",
        "word:Faith",
        _k(
            "Hi Mr [[{TI}]], it's [[{F}]] from 9R. For the RE homework on <<faith>> and science, can I write about "
            "<<Galileo>>? My dad, Pastor [[{XL}]], said he can lend me a book."
        ),
    ),
    (
        "email",
        "",
        "To: [[{TI}]]\nFrom: [[{uf}.{u}{d}@student.school.example]]\nSubject: Extension - [[{F} {L}]] - [[{SID}]]\n"
        "Hi, my physio, [[Marta Kowalczyk]], says I can't type for a week after the wrist injury.",
    ),
    (
        "lowercase",
        "nick:Alexander:Alex",
        _k(
            "hi miss its [[{n}]] (well [[xander]] now, i changed it on teams) from 11A, did u get my homework on the "
            "<<tudors>>?"
        ),
    ),
    (
        "outsider",
        "",
        "Dear Dr [[{TI}]], I'm sorry I couldn't hand in the lab report on time. I was at the county swimming "
        "championships with Coach [[Brenda Oyelowo]] and only got back at midnight. My dad ([[{X}]]) will sign the "
        "late slip. Thank you, [[{F}]]",
    ),
    # Other languages, with native, declined and diminutive names
    (
        "non_english",
        "word:Esperanza",
        _k(
            "Pregunta 3 (Biología): La <<esperanza>> de vida en <<España>> es de 83 años. [[{F}]] y yo hicimos la "
            "gráfica; su abuela, doña [[{X}]], nos dio los datos del pueblo."
        ),
    ),
    (
        "non_english",
        "nick:Ignacio:Nacho",
        _k(
            "[[{N}]] trajo <<nachos>> para la presentación sobre <<México>>, y su madre todavía le llama "
            "[[Nachito]] delante de todos."
        ),
    ),
    (
        "non_english",
        "word:Pilar",
        _k(
            "El <<pilar>> central del puente soporta la mayor carga. [[{F}]] lo calculó con la fórmula de "
            "<<Euler>> y la profesora [[{TI}]] lo revisó."
        ),
    ),
    (
        "non_english",
        "word:Claire",
        _k(
            "Question 4 : La réponse de [[{F}]] est très <<claire>> : d'après la loi de <<Mariotte>>, PV est "
            "constant. Merci aussi à [[Théo]] pour le schéma."
        ),
    ),
    (
        "non_english",
        "word:Jean",
        _k(
            "Dans <<Les Misérables>>, <<Jean Valjean>> vole du pain pour sa famille. [[{F}]] a lu le monologue de "
            "<<Javert>> à voix haute, en <<jean>> et baskets, ce qui a fait rire [[{O}]]."
        ),
    ),
    (
        "non_english",
        "word:Heide",
        _k(
            "Exkursion in die Lüneburger <<Heide>>: [[{F}]] hat die Bodenproben genommen, und [[Heides]] Tabelle war "
            "am genauesten. Frau [[{TI}]] hat uns danach nach <<Hamburg>> gefahren."
        ),
    ),
    (
        "non_english",
        "nick:Johannes:Hannes",
        _k(
            "Biologie, Aufgabe 2: Die <<Mendelschen>> Regeln gelten nur für einzelne Gene. Ich habe das mit [[{N}]] "
            "geübt (eigentlich heißt er [[{F}]], aber so nennt ihn niemand). Sein Kreuzungsschema war richtig."
        ),
    ),
    (
        "non_english",
        "word:Chiara",
        _k(
            "Domanda 5: La spiegazione di [[{F}]] era molto <<chiara>>: per il principio di <<Archimede>>, il corpo "
            "riceve una spinta verso l'alto. Io e [[Beppe]] abbiamo fatto la prova in cucina."
        ),
    ),
    (
        "non_english",
        "nick:Giuseppe:Peppino",
        _k(
            "Tema: <<Garibaldi>> e la spedizione dei Mille. [[{N}]] dice che il suo bisnonno, [[Salvatore Greco]], "
            "era di <<Marsala>>. Grazie a [[{O}]] per le mappe."
        ),
    ),
    (
        "non_english",
        "word:Glória",
        _k(
            "Na aula de História estudámos o <<Marquês de Pombal>> e a reconstrução de <<Lisboa>> depois de 1755. A "
            "[[{F}]] disse que a <<glória>> foi toda dele, mas eu e o [[Paulinho]] discordamos."
        ),
    ),
    (
        "compound",
        "sur:dos Santos",
        _k(
            "Trabalho de Geografia: o porto de <<Santos>> é o maior da América Latina. Feito por [[{F} {L}]] e "
            "[[{O}]]; a Dona [[Cida]], vizinha da [[{F}]], emprestou o mapa."
        ),
    ),
    (
        "non_english",
        "word:Roos,sur:van Dijk",
        _k(
            "Biologie: [[{F}]] koos een <<roos>> voor het bloemonderzoek, want mevrouw [[Van Dijk]] (haar moeder) "
            "heeft een kas. [[Roos van Dijk]] en [[{O}]] hebben de meeldraden geteld."
        ),
    ),
    (
        "non_english",
        "word:Daan",
        _k(
            "Geschiedenis: <<Willem van Oranje>> leidde de opstand tegen <<Filips II>>. [[{F}]] en ik hebben het "
            "verslag geschreven; [[Daans]] opa, [[{X}]], woont in <<Delft>>, waar <<Willem>> werd vermoord."
        ),
    ),
    (
        "non_english",
        "word:Deniz",
        _k(
            "Fen ödevi: [[{F}]]'le birlikte <<deniz>> suyunun tuzluluğunu ölçtük. [[{F}]]'in annesi [[{X}]] Hanım "
            "bize <<Arşimet>> prensibini anlattı."
        ),
    ),
    (
        "non_english",
        "word:Umut",
        _k(
            "Tarih sorusu: <<Atatürk>> 1923'te Cumhuriyeti ilan etti. [[{F}]]'la ben sunumu hazırladık; <<umut>> "
            "ediyorum iyi not alırız."
        ),
    ),
    (
        "non_english",
        "word:Wojciech,sur:Kowalski",
        "Zadanie 4: Razem z [[Wojtkiem Kowalskim]] policzyliśmy przyspieszenie. Mama [[Wojtka]], pani "
        "[[Kowalska]], pożyczyła nam stoper, a wynik sprawdziła [[{O}]].",
    ),
    (
        "non_english",
        "word:Róża",
        _k(
            "Na biologii [[{F}]] przyniosła <<różę>> z ogrodu babci, żeby pokazać budowę kwiatu. Dzięki [[Róży]] "
            "dostaliśmy piątkę."
        ),
    ),
    (
        "non_english",
        "word:Amani",
        _k(
            "Swali la 3: <<Amani>> na umoja ni muhimu kwa maendeleo ya <<Tanzania>>, kama alivyosema <<Mwalimu "
            "Nyerere>>. Mimi na [[{F}]] tuliandika insha hii, na [[{O}]] alituletea vitabu."
        ),
    ),
    (
        "non_english",
        "word:Juma",
        _k(
            "<<Juma>> lililopita, [[{F}]] na mimi tulipima joto la maji huko <<Mombasa>>. Mama yake [[{F}]], Bi. "
            "[[Zawadi]], alitupa <<zawadi>> ya vitabu."
        ),
    ),
    (
        "non_english",
        "word:Ligaya",
        _k(
            "Tanong 2: Ayon kay <<Jose Rizal>>, ang kabataan ang pag-asa ng bayan. Ginawa namin ito nina [[{F}]] at "
            "[[{O}]]; malaking <<ligaya>> para sa amin ang proyektong ito. Salamat kay Tita [[{X}]] sa mga libro."
        ),
    ),
    (
        "non_english",
        "word:Tala",
        _k(
            "Agham: Ang araw ay isang <<tala>>. Si [[{F}]] ang gumawa ng modelo ng solar system, at si [[{O}]] ang "
            "nagkulay."
        ),
    ),
    (
        "compound",
        "sur:Della Rosa",
        _k(
            "Relazione di laboratorio - [[{F} {L}]]\nAbbiamo estratto il pigmento da una <<rosa>> rossa con "
            "l'alcol. [[Della Rosa]] ha pesato i campioni e [[{O}]] ha fatto la cromatografia."
        ),
    ),
    # Tables, JSON, code, LaTeX and file paths
    (
        "plain",
        "",
        "| Name | Role | Hours |\n|------|------|-------|\n| [[{F} {L}]] | data | 6 |\n| [[{O} {OL}]] | slides | "
        "4 |\n| [[{X}]] (tutor) | checking | 1 |",
    ),
    (
        "student_id",
        "",
        "last,first,student_no,partner\n[[{L}]],[[{F}]],[[{SIDD}]],[[{O}]]\n[[{OL}]],[[{O}]],[[77310{d}]],[[{F}]]",
    ),
    (
        "famous",
        "",
        _k(
            "Scientist\tDiscovery\tPresenter\n<<Curie>>\tradium\t[[{F}]]\n<<Mendel>>\tinheritance\t[[{O}]]\n"
            "<<Pasteur>>\tvaccines\t[[{F}]] + [[{O}]]"
        ),
    ),
    (
        "must_stay",
        "",
        _k(
            '{{"student": "[[{F} {L}]]", "partner": "[[{o}]]", "topic": "<<Boyle>>\'s law", "score": 17, '
            '"unit": "<<pascal>>"}}'
        ),
    ),
    (
        "lowercase",
        "",
        'def average(scores):\n    """Mean mark. Written by [[{F} {L}]], checked by [[{o}]]."""\n    return '
        "sum(scores) / len(scores)\n\n\n[[{f}]]_score = average([14, 17])  # [[{o}]]'s was higher",
    ),
    (
        "must_stay",
        "",
        _k(
            "# <<Newton>>-<<Raphson>> for sqrt(2), [[{uf}]] 2025\nx = 1.0\nfor _ in range(5):\n    x -= (x * x - 2) "
            "/ (2 * x)  # ask [[{O}]] why it converges so fast\nprint(x)"
        ),
    ),
    (
        "must_stay",
        "",
        _k(
            "\\documentclass{{article}}\n\\title{{Lab 5: <<Snell>>'s law}}\n\\author{{[[{F} {L}]] \\and [[{O} {OL}]]}}"
            "\n\\begin{{document}}\n\\maketitle\nWe measured the refractive index of <<Perspex>> as 1.49."
        ),
    ),
    (
        "url_handle",
        "",
        _k("Saved to C:\\Users\\[[{uf}.{u}]]\\OneDrive\\Year10\\[[{F}]]_<<Darwin>>_essay_v3.docx"),
    ),
    (
        "url_handle",
        "",
        _k("/home/[[{i}{u}]]/labs/lab2/[[{uf}]]_results.csv\n/home/[[{i}{u}]]/labs/lab2/plot_<<gauss>>_fit.png"),
    ),
    (
        "punctuation",
        "",
        _k(
            "## Who did what\n- **[[{F}]]**: intro and <<Lincoln>>'s Gettysburg Address\n- **[[{O}]]**: sources\n"
            "- ~~[[{X}]]~~ (dropped the course)"
        ),
    ),
    (
        "punctuation",
        "",
        _k('team = ["[[{f}]]", "[[{o}]]", "[[{x}]]"]  # [[{x}]] is my cousin, she wired the <<Arduino>>'),
    ),
    # Initials in every form
    (
        "initials",
        "",
        _k(
            "Essay by [[{I}.{LI}.]] on <<FDR>>'s New Deal\n<<Roosevelt>> set up the <<Tennessee Valley Authority>> "
            "in 1933 to bring electricity and jobs to the South."
        ),
    ),
    (
        "initials",
        "",
        _k(
            "notes by [[{i}.{l[0]}.]] (pls dont share) - <<jfk>> was shot in <<dallas>> in 1963, <<oswald>> was arrested"
        ),
    ),
    ("initials", "", "Lab bench 4 ([[{I}-{LI}]] & [[{O[0]}-{OL[0]}]])\nWe got 9.78 m/s² for g, close enough."),
    (
        "initials",
        "",
        _k(
            "Ms. [[{TI[0]}]] said we can compare with <<T. S. Eliot>>, so [[{F}]] chose <<The Waste Land>> and I "
            "chose <<Prufrock>>."
        ),
    ),
    (
        "initials",
        "",
        _k(
            "Feedback on draft 2: the thesis is clearer, but cite <<J. K. Rowling>>'s interview properly.\n"
            "—[[{I}{LI}]] (peer reviewer)"
        ),
    ),
    (
        "initials",
        "",
        _k(
            "Attendance 12/3: [[{I}.{LI}.]] ✓, [[{O[0]}.{OL[0]}.]] ✗ (ill)\nThe <<H.G. Wells>> reading is moved to Friday."
        ),
    ),
    (
        "initials",
        "",
        _k(
            "History presentation plan\n[[{I}{LI}]]: slides on <<MLK>> and the <<Montgomery>> bus boycott\n"
            "[[{O[0]}{OL[0]}]]: <<Rosa Parks>>\n[[{I}{LI}]]/[[{O[0]}{OL[0]}]]: questions"
        ),
    ),
    (
        "initials",
        "",
        "Declaration: this is my own work.\nInitials: [[{I}{LI}]]   Date: 03/04/25   Candidate no.: [[{SIDD}]]",
    ),
    ("ocr", "sur:Smith", _k("Name: [[{F} Srnith]]\nPartner: [[{O}]]\nQ1: <<Boyle>>'s law: PV = constant")),
    # Nicknames and shortened names
    (
        "nickname",
        "nick:Alexander:Alex",
        _k(
            "[[{N}]] (or [[Xander]], depending on who you ask) made the <<Alexander the Great>> timeline, which he "
            "found very funny."
        ),
    ),
    (
        "nickname",
        "nick:Katherine:Kate",
        "Teammates: [[{N}]], [[Katie]] and [[Kat]] are all the same person, [[{F} {L}]]; the register just can't "
        "decide.",
    ),
    (
        "nickname",
        "nick:Beatrice:Bea",
        _k(
            "In <<Much Ado About Nothing>>, <<Beatrice>> out-talks every man on stage. [[{N}]] (short for [[{F}]], "
            "she hates the full name) played her in drama, and [[{O}]] was <<Benedick>>."
        ),
    ),
    (
        "nickname",
        "nick:Elizabeth:Liz",
        _k(
            "<<Elizabeth I>> never married. [[{N}]] (whose gran calls her [[Lizzie]]) quoted the speech at "
            "<<Tilbury>> to show she was 'married to England'."
        ),
    ),
    (
        "nickname",
        "nick:Robert:Bob",
        _k(
            "[[{N}]] did the section on <<Bob Marley>> and reggae; [[{F}]] insists on the full name in the credits, "
            "though."
        ),
    ),
    (
        "nickname",
        "nick:William:Bill",
        _k(
            "[[{N}]] presented the <<Bill of Rights>> of 1689, and [[{N}]] says it is the only <<bill>> he has ever "
            "read."
        ),
    ),
    (
        "nickname",
        "nick:Richard:Rich",
        _k(
            "<<Richard III>> was found under a car park in <<Leicester>>. [[{N}]] did the bit on the DNA, and "
            "[[Richie]], his cousin at another school, sent us the article."
        ),
    ),
    (
        "nickname",
        "nick:Margaret:Maggie",
        _k(
            "Economics: <<Margaret Thatcher>> privatised <<British Gas>> in 1986. [[{N}]] argued it raised "
            "efficiency and [[{O}]] disagreed. [[{N}]] gets the 'other <<Maggie>>' joke a lot."
        ),
    ),
    (
        "nickname",
        "nick:Thomas:Tom",
        _k(
            "<<Thomas Edison>> did not invent the light bulb; he made it last. [[{N}]]'s dad, [[{X}]], is an "
            "electrician and brought in an old <<Edison>> screw bulb."
        ),
    ),
    (
        "nickname",
        "nick:Daniel:Danny",
        _k("[[Dan]], [[{N}]], [[{F}]], whatever: he did all the <<Daniell>> cell measurements, so credit to him."),
    ),
    # Names glued to numbers, hashtags and emoji
    (
        "punctuation",
        "",
        _k("#[[team{F}]] for president 🎉 [[{F}]]🔥🔥 smashed the debate on <<Lincoln>> and <<Douglass>>"),
    ),
    (
        "url_handle",
        "nick:Jacob:Jake",
        "my old login was [[{n}2009]] but now its [[{n}_{u}]], add me for the group chat",
    ),
    (
        "punctuation",
        "",
        _k("WELL DONE [[{FU}]]!!! 🏆 top of the <<Pythagoras>> challenge 💯 #[[{f}4president]]"),
    ),
    (
        "url_handle",
        "",
        "Our group chat is called '[[{F}]]'s Angels 😇' and the poll was made by @[[{o}{d}]]",
    ),
    # Particle, double-barrelled and Mc/Mac surnames
    (
        "compound",
        "sur:Van Dyke",
        _k(
            "Art history: <<Anthony van Dyck>> painted <<Charles I>> from three angles in one portrait. [[{F} {L}]] "
            "(a different spelling, as [[{F}]] keeps telling us) made the slides, and [[{O}]] wrote the notes."
        ),
    ),
    (
        "compound",
        "sur:O'Neill",
        "The register says [[ONeill]], the exam board says [[O Neill]] and my passport says [[{L}]]. I'm [[{F}]], "
        "Year 11, and I would like it fixed.",
    ),
    (
        "compound",
        "sur:McAllister",
        "Candidate: [[{F} {L}]]\nOn the mock paper the name printed as [[{FU} MC ALLISTER]], and on the seating "
        "plan as [[Mcallister, {I}.]]",
    ),
    (
        "compound",
        "sur:MacDonald",
        _k(
            "Business studies: [[{F} {L}]] did the case study on <<McDonald's>> franchising (no relation, different "
            "spelling), and [[{O}]] did <<Burger King>>."
        ),
    ),
    (
        "compound",
        "sur:de la Cruz",
        _k("lab report, [[{f} dela cruz]] & [[{o}]]: we used <<hess>>'s law to find the enthalpy change"),
    ),
    (
        "compound",
        "sur:Le Roux",
        _k(
            "[[{F} {L}]] did the section on <<Le Chatelier>>'s principle. [[Le Roux]] and <<Le Chatelier>> are both "
            "French names, which is where the similarity ends."
        ),
    ),
    # People not on the roster
    (
        "outsider",
        "",
        _k(
            "Work experience diary, day 3\nI shadowed the vet, Dr [[Priyanka Raghavan]], at the <<Blue Cross>> clinic "
            "on <<Jackson Road>>. Her nurse, [[Callum]], let me hold the stethoscope."
        ),
    ),
    (
        "outsider",
        "",
        "PE reflection: Coach [[Tremaine Oduya]] filmed my sprint start, and my sister [[{X}]] timed it with her "
        "phone. [[{O}]] says my arms are wrong.",
    ),
    (
        "outsider",
        "",
        _k(
            "Trip report: we took the train to <<Union Station>>, walked to the <<Lincoln Memorial>>, then to "
            "<<Georgetown>>. [[{O}]]'s aunt, [[{X} {XL}]], works at the <<Smithsonian>> and showed us round."
        ),
    ),
    (
        "outsider",
        "",
        _k(
            "Geography case study: <<Cape Town>> nearly ran out of water in 2018. [[{F}]]'s cousin in "
            "<<Stellenbosch>>, [[Thandiwe Nkosi]], sent us photos of the empty dam."
        ),
    ),
    # Must-stay words beside names: places, brands, units, diseases
    (
        "must_stay",
        "word:Jordan",
        _k(
            "PE project: the <<Air Jordan>> was named after <<Michael Jordan>>, and <<Nike>> sold $126 million of "
            "them in the first year. [[{F}]] brought in a pair of <<Jordans>> for the photo."
        ),
    ),
    (
        "must_stay",
        "word:Georgia",
        _k(
            "<<Georgia>> the country and <<Georgia>> the state are both on my map; [[{F}]] labelled <<Tbilisi>> "
            "where <<Atlanta>> should be."
        ),
    ),
    (
        "must_stay",
        "word:Mercedes",
        _k(
            "<<Mercedes-Benz>> was named after <<Mercedes Jellinek>>, the daughter of a car dealer. [[{F}]] found "
            "this out for our branding project and now won't stop telling people."
        ),
    ),
    (
        "must_stay",
        "sur:Gray",
        _k(
            "Physics: absorbed dose is measured in <<grays>>; 1 <<Gy>> = 1 J/kg. [[{F} {L}]] claimed the unit was "
            "named after their family, but it's <<Louis Harold Gray>>."
        ),
    ),
    (
        "must_stay",
        "",
        _k(
            "Torque = force × distance = 20 N × 0.3 m = 6 <<newton metres>>. [[{O}]] wrote 6 N/m, which is a spring "
            "constant, not a torque."
        ),
    ),
    (
        "must_stay",
        "word:Paris",
        _k(
            "[[{F}]] presented the <<Paris Agreement>>; the title slide said '<<Paris>>, 2015: 196 parties' with "
            "[[{F}]]'s name underneath, which confused everyone."
        ),
    ),
    (
        "must_stay",
        "word:Pearl",
        _k(
            "History: the attack on <<Pearl Harbor>> brought the US into the war. [[{F}]] interviewed her "
            "great-uncle, [[{X} {XL}]], who served in the <<Pacific>>."
        ),
    ),
    (
        "must_stay",
        "word:Hunter",
        _k(
            "Biology: <<Hunter>> syndrome is X-linked, so it mostly affects boys. [[{F}]] (no link, just the name) "
            "drew the pedigree chart."
        ),
    ),
    (
        "must_stay",
        "word:Henry",
        _k(
            "Inductance is measured in <<henries>>, after <<Joseph Henry>>. [[{F}]] measured 0.5 <<H>> for our coil "
            "and [[{O}]] checked it with the <<Fluke>> meter."
        ),
    ),
    # The same word as a name and as a word
    (
        "wordname",
        "word:Dawn",
        _k("[[{F}]] got up at <<dawn>> to record the bird count; <<Dawn>> chorus peaks around 5 am in <<May>>."),
    ),
    (
        "wordname",
        "word:Cash",
        _k(
            "Business studies: <<Cash>> is king for a start-up. [[{F}]] did the <<cash>> flow forecast, and [[{O}]] "
            "made a <<Johnny Cash>> poster for the stall (don't ask)."
        ),
    ),
    (
        "wordname",
        "word:Sandy",
        _k(
            "[[{F}]] described how <<Hurricane Sandy>> flooded the <<New York>> subway in 2012, and how <<sandy>> "
            "beaches on <<Long Island>> were washed away."
        ),
    ),
    (
        "wordname",
        "word:Amber",
        _k(
            "[[{F}]] brought in a piece of <<amber>> with a gnat inside. <<Amber>> forms from tree resin over "
            "millions of years."
        ),
    ),
    (
        "wordname",
        "word:Jade",
        _k(
            "Art: [[{F}]] presented the <<jade>> burial suit of <<Liu Sheng>>, made of over 2,000 pieces of <<jade>> "
            "sewn with gold wire."
        ),
    ),
    (
        "wordname",
        "word:Ruby",
        _k(
            "The <<ruby>> in [[{F}]]'s ring is corundum coloured by chromium, [[{F}]] explained in the gems talk. "
            "The first laser used a <<ruby>> rod."
        ),
    ),
    (
        "wordname",
        "word:Crystal",
        _k(
            "[[{F}]] grew copper sulfate <<crystals>> at home; the biggest <<crystal>> was 2 cm across. <<Crystal>> "
            "growth slows as the solution cools."
        ),
    ),
    (
        "wordname",
        "word:Destiny",
        _k(
            "English: Is <<Romeo>>'s death his <<destiny>>, or his own fault? [[{F}]] said '<<destiny>>', and [[{O}]] "
            "said 'hormones'."
        ),
    ),
    (
        "wordname",
        "word:Chase",
        _k(
            "Maths: in the fox and hound <<chase>> problem, [[{F}]] modelled the <<chase>> with vectors and [[{O}]] "
            "animated it in <<Desmos>>."
        ),
    ),
    (
        "wordname",
        "nick:Andrew:Drew",
        _k("[[{N}]] <<drew>> the map of <<Hadrian's Wall>> for our display, and [[{O}]] labelled the forts."),
    ),
    (
        "wordname",
        "nick:Richard:Rich",
        _k(
            "[[{N}]] argued that <<rich>> countries should pay more for climate damage. <<Rich>> nations have "
            "emitted most of the CO2 since 1850."
        ),
    ),
    (
        "wordname",
        "word:Rusty",
        _k(
            "[[{F}]] left an iron nail in salt water; by <<Friday>> it was <<rusty>>, which shows that water and "
            "oxygen are both needed."
        ),
    ),
    # Many people in one text: registers, seating plans, forwarded mail, shared folders
    (
        "split",
        "",
        "Lab report 7 - Specific heat capacity of water    Group members: [[{F}\n{L}]], [[{O} {OL}]] and [[{X}\n{XL}]] "
        "(exchange student)\nDate: 21/01",
    ),
    (
        "split",
        "",
        "Interview transcript\nINTERVIEWER ([[{O}]]): why did you choose this topic\nRESPONDENT ([[{F}\n{L}]]): "
        "because my uncle, [[{X}]], is a nurse, and he told me about sepsis",
    ),
    (
        "email",
        "",
        _k(
            "---------- Forwarded message ----------\nFrom: [[Dana Whitlock]] <[[dana.whitlock71@gmail.com]]>\nTo: "
            "[[{uf}.{u}@student.school.example]]\n\n[[{F}]], I read your essay on <<Darwin>> and loved it. Love, "
            "Auntie [[Dana]]"
        ),
    ),
    (
        "email",
        "",
        "Please add my parents to the report list: [[{x}.{u}@outlook.example]] (mum, [[{X}]]) and "
        "[[{u}.family@web.example]] (dad). Thanks, [[{F}]]",
    ),
    (
        "student_id",
        "",
        "Re-sit list\n[[{SID}]]  [[{LU}]]  [[{F}]]  - Paper 2\n[[S88{d}301]]  [[{OL}]]  [[{O}]]  - Paper 1",
    ),
    (
        "allcaps",
        "",
        _k(
            "REGISTER 10B - <<MAY>> 12\n[[{LU} {FU}]] PRESENT\n[[{OU}]] ABSENT (DENTIST)\n[[{XU}]] (VISITOR) "
            "PRESENT\nSIGNED: [[{TI}]]"
        ),
    ),
    (
        "lowercase",
        "",
        "members of the study group: [[{f}]], [[{o} {ol}]], [[{x}]] and [[{f}]]'s cousin [[tomek]], who is at college",
    ),
    (
        "plain",
        "",
        "Seating plan, lab 3\nBench 1: [[{F} {L}]] | [[{O} {OL}]]\nBench 2: [[{X} {XL}]] (observer) | empty\n"
        "Front desk: Dr [[{TI}]]",
    ),
    (
        "possessive",
        "sur:Baker",
        "We did the quadrat survey in the [[{L}s]]' back garden, and [[{F}]]'s little brother, [[{X}]], kept "
        "moving the quadrat.",
    ),
    (
        "possessive",
        "",
        _k(
            "[[{F}]]’s answer, [[{O}]]’s diagram and [[{X}]]’s hint (my tutor’s) all pointed to <<Hess>>’s law, so "
            "I used it."
        ),
    ),
    (
        "url_handle",
        "",
        "Shared drive: /Year11/Biology/[[{L}_{F}]]/coursework/ (and [[{O}]]'s is /Year11/Biology/[[{OL}_{O}]]/)",
    ),
    (
        "nickname",
        "nick",
        "Register: [[{F} {L}]]. Known as: [[{N}]]. Parent/carer 1: [[{X} {L}]]. Parent/carer 2: [[{Y} {L}]].",
    ),
]
HELD_OUT_N += _word_pairs(
    [
        ("word:Will", ["<<Will>> the enzyme still work at 60 °C? Probably not, because it denatures."]),
        ("word:May", ["In <<May>> 1940, <<Churchill>> became Prime Minister."]),
        ("word:Bill", ["The <<Bill>> passed its second reading in the <<Commons>>."]),
        ("word:Rose", ["<<Rose>> windows in Gothic cathedrals use stone tracery."]),
        ("word:Grace", ["<<Grace>> and favour homes belong to the Crown."]),
        ("word:Hope", ["<<Hope>> and fear move markets; <<Keynes>> called it animal spirits."]),
        ("word:Faith", ["<<Faith>> schools receive state funding in England."]),
        ("word:Joy", ["<<Joy>> and grief sit side by side in the final chapter."]),
        ("word:Chase", ["<<Chase>> scenes speed up the pace of the novel."]),
        ("nick:Andrew:Drew", ["Step 4: <<Drew>> the ray diagram to scale."]),
        ("nick:Richard:Rich", ["<<Rich>> soils in the delta support two harvests a year."]),
        ("word:Rusty", ["The <<rusty>> iron wool gained mass, which shows that oxidation adds oxygen."]),
        ("word:Pearl", ["<<Pearl>> divers in the <<Gulf>> held their breath for minutes."]),
        ("word:Destiny", ["<<Destiny>> and free will are the big themes in <<Macbeth>>."]),
        ("word:Amani", ["<<Amani>> ilirudi baada ya vita."]),
        ("word:Deniz", ["<<Deniz>> seviyesi her yıl biraz yükseliyor."]),
        ("word:Umut", ["<<Umut>> fakirin ekmeğidir, der bir atasözü."]),
        ("word:Esperanza", ["<<Esperanza>> de vida al nacer: 83 años."]),
        ("word:Tala", ["Kumikislap ang <<tala>> sa langit."]),
        ("word:Claire", ["La conclusion doit être <<claire>> et précise."]),
    ]
)


# A fifteenth held-out set, written blind (without reading the anonymizer): everyday short answers to science,
# maths, computer science, history, geography, language and literature questions that mention a lab partner,
# sibling, parent, tutor or friend in passing (lower case, nicknames, initials, possessives, emoji, shouting);
# reflections, peer feedback, group logs, e-mails to teachers and forum posts; Hindi, Yoruba, Igbo, Chinese,
# Korean, Arabic, Spanish, Ukrainian, Polish, Irish, Scottish Gaelic and Welsh names and texts; and must-stay
# words: famous scientists, writers, composers, rulers and athletes in course content, characters from set
# texts, eponymous laws, units, diseases and places, brands, and name-words used as words (some beside a
# student who bears the same name).
HELD_OUT_O = [
    (
        "lowercase",
        "",
        "Q3) independent variable = temperature of the water, dependent = time for the tablet to dissolve. me and "
        "[[{f}]] kept the volume at 50 ml so it was a fair test",
    ),
    (
        "outsider",
        "",
        "Q2 Explain why the metal block feels colder than the wooden one. Metal is a better thermal conductor, so it "
        "transfers energy away from your hand faster. My dad [[{X}]] is a plumber and he said copper pipes feel cold "
        "for the same reason.",
    ),
    (
        "must_stay",
        "",
        _k(
            "The total mass stayed at 84.2 g because atoms are not created or destroyed, which is <<Lavoisier>>'s law "
            "of conservation of mass. [[{O}]]'s group lost mass because their bung popped off and the gas escaped."
        ),
    ),
    (
        "possessive",
        "",
        _k(
            "Using [[{F}]]'s results the extension doubles when the force doubles, so the spring obeys <<Hooke>>'s law "
            "until about 6 N."
        ),
    ),
    (
        "lowercase",
        "",
        "the rate went up when we heated it bc the particles have more energy so more collisions are successful. "
        "[[{f}]] dropped the thermometer so our 60 degree result might be off",
    ),
    (
        "nickname",
        "nick",
        "moment = force x distance = 20 N x 0.4 m = 8 Nm. [[{N}]] said we need the perpendicular distance which is why "
        "ours was wrong the first time",
    ),
    (
        "must_stay",
        "",
        _k(
            "<<Newton>>'s third law: when the rocket pushes gas down, the gas pushes the rocket up with an equal "
            "force. [[{F}]] made a balloon rocket on a string to show it and it hit Mr [[{TI}]]'s door lol"
        ),
    ),
    (
        "outsider",
        "",
        _k(
            "The kidney filters urea out of the blood and it leaves in urine. My grandad [[{X}]] has dialysis three "
            "times a week at <<Guy's>> Hospital, so I know the machine does the job of the kidney when they fail."
        ),
    ),
    (
        "allcaps",
        "",
        "WHY DID NOBODY TELL ME THE TEST WAS TODAY. [[{OU}]] SAID IT WAS NEXT WEEK. Anyway, photosynthesis: carbon "
        "dioxide + water -> glucose + oxygen.",
    ),
    (
        "must_stay",
        "",
        _k(
            "The <<Doppler>> effect means the siren sounds higher as the ambulance comes towards you and lower as it "
            "goes away. [[{F}]] recorded a car on <<Kingsway>> with [[{O}]]'s phone and we looked at the frequency."
        ),
    ),
    (
        "possessive",
        "",
        "I think [[{O}]]'s answer is better than mine because she included the units. The acceleration is 2.5 m/s².",
    ),
    (
        "lowercase",
        "",
        "mitochondria = site of aerobic respiration. [[{f}]] says 'powerhouse of the cell' but miss said that's not "
        "enough for 2 marks",
    ),
    (
        "outsider",
        "",
        "My mum [[{X}]] is a nurse and she said antibiotics don't work on viruses like the flu, because viruses live "
        "inside our cells. So the doctor was right not to give me any.",
    ),
    (
        "lowercase",
        "",
        "q4 b) its exothermic bc the temperature went up from 21 to 34 C. [[{f}]] [[{l}]] copied my table sorry not "
        "sorry",
    ),
    (
        "plain",
        "",
        "Practical 6 - Osmosis in potato\nPartner: [[{O} {OL}]]\nThe 1.0 M cylinders lost mass because water moved out "
        "by osmosis. Our 0.4 M result looks wrong; [[{O}]] thinks the scale wasn't zeroed.",
    ),
    (
        "must_stay",
        "",
        _k(
            "By <<Pythagoras>>, the ladder reaches 4.8 m up the wall. [[{F}]] used trig instead and got the same "
            "answer, so I think we're right."
        ),
    ),
    (
        "lowercase",
        "",
        "i got x = 7 and y = -2 but [[{o}]] got y = 2?? i subbed back into both equations and mine works so i think "
        "they made a sign error",
    ),
    (
        "outsider",
        "",
        "I learnt the quadratic formula from my tutor [[{X} {XL}]], but I prefer completing the square because you can "
        "see the turning point straight away.",
    ),
    (
        "possessive",
        "",
        "[[{F} {L}]]'s method was to multiply both sides by 12 first, which gets rid of the fractions. It's quicker "
        "than mine.",
    ),
    (
        "nickname",
        "nick",
        "Answer: 144 cm². I forgot to square the scale factor at first, [[{n}]] spotted it 🙏",
    ),
    (
        "allcaps",
        "word",
        "Working: 15% of 240 = 36, so 240 - 36 = 204. [[{FU}]] GOT 276 BECAUSE THEY ADDED IT LOL",
    ),
    (
        "url_handle",
        "",
        _k(
            "Here's my code for the <<Caesar>> cipher: [[github.com/{uf}{d}/caesar]]. [[{O}]] tested it with a shift "
            "of 13."
        ),
    ),
    (
        "lowercase",
        "",
        "my program crashed on line 14 bc i forgot to convert the input to an int. [[{f}]] fixed it by adding int() "
        "around input(). now it works for the 5 test cases",
    ),
    (
        "plain",
        "",
        "Pair programming log, week 3\nDriver: [[{F}]]  Navigator: [[{O}]]\nWe did the bubble sort and swapped roles "
        "after 20 minutes. [[{O}]] found the off-by-one error.",
    ),
    (
        "student_id",
        "",
        "Student ID: [[{SID}]]\nTask 2: A MAC address identifies a device on a network, an IP address identifies where "
        "it is. Done with [[{O}]].",
    ),
    (
        "email",
        "",
        _k(
            "My school email isn't working so please send the feedback to [[{uf}.{u}{d}@gmail.com]]. It's [[{F}]] from "
            "10C, the <<Python>> project."
        ),
    ),
    (
        "outsider",
        "",
        _k(
            "My great-grandad [[{X}]] fought in <<Burma>> in WW2 and my nan still has his medals. He served under "
            "General <<Slim>> in the Fourteenth Army, which is sometimes called the Forgotten Army."
        ),
    ),
    (
        "lowercase",
        "",
        _k(
            "the treaty of <<versailles>> made <<germany>> pay reparations and lose land, which made people angry and "
            "helped <<hitler>>. [[{f}]] says it was too harsh, i think it was fair"
        ),
    ),
    (
        "must_stay",
        "word:Ming",
        _k(
            "<<Zheng He>> led seven voyages for the <<Ming>> emperor <<Yongle>>, reaching as far as <<Mombasa>>. "
            "[[{F}]] and I made the timeline; the <<Ming>> dynasty then stopped the voyages."
        ),
    ),
    (
        "outsider",
        "",
        _k(
            "For the oral history project I interviewed my grandmother, [[{X} {XL}]], who was a child in <<Lagos>> "
            "when <<Nigeria>> became independent in 1960. She remembers the fireworks and <<Tafawa Balewa>> on the "
            "radio."
        ),
    ),
    (
        "must_stay",
        "sur:Collins",
        _k(
            "<<Michael Collins>> signed the <<Anglo-Irish Treaty>> in 1921 and said he had signed his own death "
            "warrant. [[{F} {L}]] (no relation, I asked my dad) argued it was the best deal possible."
        ),
    ),
    (
        "possessive",
        "",
        _k(
            "I used [[{O}]]'s notes from when I was off. <<Stalin>>'s Five-Year Plans industrialised the <<USSR>> "
            "quickly but millions died in the famine in <<Ukraine>> (the <<Holodomor>>)."
        ),
    ),
    (
        "outsider",
        "",
        _k(
            "Case study: flooding in <<Bangladesh>>. My cousin [[{X}]] lives in <<Sylhet>> and said the whole ground "
            "floor of their house flooded in 2022, so they moved upstairs for two weeks."
        ),
    ),
    (
        "lowercase",
        "",
        _k(
            "urbanisation in <<lagos>> is happening bc of rural to urban migration, people move for jobs. [[{f}]] and "
            "i did the <<makoko>> slum case study"
        ),
    ),
    (
        "must_stay",
        "nick:Robert:Bob",
        _k(
            "<<Bob Cratchit>> is kind and loyal even though <<Scrooge>> pays him so little. <<Dickens>> uses <<Tiny "
            "Tim>> to make the reader feel sorry for the poor. [[{N}]] thinks <<Cratchit>> is too nice, and [[{O}]] "
            "agrees."
        ),
    ),
    (
        "must_stay",
        "word:Dylan",
        _k(
            "<<Dylan Thomas>> wrote 'Do not go gentle into that good night' for his dying father. [[{F}]] read it "
            "aloud in Welsh class and Mr [[{TI}]] said it was the best reading he'd heard."
        ),
    ),
    (
        "must_stay",
        "sur:García",
        _k(
            "<<Gabriel García Márquez>> wrote <<Cien años de soledad>> about the <<Buendía>> family in <<Macondo>>. "
            "[[{F} {L}]] says her grandmother has the same copy from <<Bogotá>>."
        ),
    ),
    (
        "must_stay",
        "",
        _k(
            "In the <<Ramayana>>, <<Rama>> is exiled for fourteen years and <<Ravana>> kidnaps <<Sita>> to <<Lanka>>. "
            "<<Hanuman>> finds her. My nani [[{X}]] tells it better than the book, honestly."
        ),
    ),
    (
        "must_stay",
        "",
        _k(
            "<<Usain Bolt>> ran 100 m in 9.58 s, an average speed of 10.4 m/s. [[{F}]] ran it in 14.2 s on sports day, "
            "which is 7.0 m/s."
        ),
    ),
    (
        "wordname",
        "word:Precious",
        _k(
            "[[{F}]] and I tested which metals react with acid. Gold and platinum are <<precious>> metals because they "
            "are so unreactive, so nothing happened to them."
        ),
    ),
    (
        "wordname",
        "word:Blessing",
        _k(
            "Peer feedback for [[{F}]]: your poster on the water cycle was really clear. Having you in the group was a "
            "<<blessing>> because you knew how to use <<Canva>>."
        ),
    ),
    (
        "wordname",
        "word:Favour",
        _k(
            "Can I ask a <<favour>>? [[{F}]] was off sick and asked me to send her the homework, is that ok? It's the "
            "one on <<Newton>>'s laws."
        ),
    ),
    (
        "wordname",
        "word:Hunter",
        _k(
            "<<Hunter>>-gatherers moved around to follow animals and find plants. [[{F}]] made the model of the Stone "
            "Age camp and I wrote the labels."
        ),
    ),
    (
        "wordname",
        "word:Sandy",
        _k(
            "The soil sample from the beach was <<sandy>> so water drained through it in 20 seconds. [[{F}]]'s sample "
            "from the field was clay and took 5 minutes."
        ),
    ),
    (
        "wordname",
        "word:Amber",
        _k(
            "At the <<amber>> light you should stop if it is safe. In physics [[{F}]] timed how long the <<amber>> "
            "light lasts on our road: 3 seconds."
        ),
    ),
    (
        "wordname",
        "word:Hazel",
        _k(
            "Eye colour is controlled by several genes, which is why there are <<hazel>> eyes and not just brown or "
            "blue. [[{F}]] has <<hazel>> eyes and both her parents have brown."
        ),
    ),
    (
        "wordname",
        "word:Will",
        _k(
            "Q: <<Will>> the ball hit the ground first if it is dropped or thrown sideways? Both at the same time. "
            "[[{F}]] filmed it in slow motion to prove it."
        ),
    ),
    (
        "wordname",
        "word:Ruby",
        _k(
            "[[{F}]] asked why a <<ruby>> is red. It's aluminium oxide with a little chromium in it. Sapphires are the "
            "same mineral with iron and titanium."
        ),
    ),
    (
        "wordname",
        "word:Seren",
        _k(
            "[[{F}]] translated the Welsh poem for us: '<<seren>>' means star. <<Seren>> is also the name of the Welsh "
            "network for top sixth formers."
        ),
    ),
    (
        "wordname",
        "word:Bryn",
        _k(
            "[[{F}]] lives near <<Bryn Mawr>>. '<<Bryn>>' means hill in Welsh, so lots of places have it in their "
            "names."
        ),
    ),
    (
        "lowercase",
        "word",
        "lol [[{f}]] u were right, the answer was 42. i forgot to carry the 1",
    ),
    (
        "allcaps",
        "word",
        "THANK YOU [[{FU}]] FOR SAVING OUR PRESENTATION!!! the laptop died and you had it on a USB 🙌",
    ),
    (
        "initials",
        "",
        "[[{I}.{L}]] 9X\nQ1 a) 45° b) 135° c) angles on a straight line add up to 180°",
    ),
    (
        "initials",
        "",
        "Worked with [[{O[0]}.{OL[0]}.]] on the first three. The rest is mine. Q4: the gradient is -3.",
    ),
    (
        "initials",
        "",
        "Signed: [[{I}{LI}]] (I ran out of space on the form). The acid was neutralised when the indicator turned "
        "green.",
    ),
    (
        "initials",
        "",
        _k("- [[{i}.{l0[0]}.]]\n(my teacher said to sign with initials) The <<Krebs>> cycle releases carbon dioxide."),
    ),
    (
        "initials",
        "",
        "Group 4: [[{I}. {L}]], [[{O} {OL[0]}.]] and [[{X}]] from Ms [[{TI}]]'s class.",
    ),
    (
        "initials",
        "",
        "lab partner: [[{F} {LI}]] (there's two of them in our year)",
    ),
    (
        "initials",
        "",
        _k(
            "Notes from the revision session ([[{I}{LI}]] + [[{O[0]}{OL[0]}]]):\n- <<Avogadro>>'s constant = 6.02 x "
            "10^23\n- 1 mole of any gas = 24 dm³ at RTP"
        ),
    ),
    (
        "nickname",
        "nick",
        "[[{N}]] explained the difference between weather and climate to me: weather is day to day, climate is the "
        "average over 30 years.",
    ),
    (
        "nickname",
        "nick",
        "shoutout to [[{n}]] for lending me a calculator, mine died halfway through the test 😭",
    ),
    (
        "nickname",
        "nick:Christopher:Chris",
        _k(
            "Peer review for [[{N}]]: great intro, but your conclusion doesn't answer the question about <<Elizabeth "
            "I>>. Maybe add the <<Armada>>."
        ),
    ),
    (
        "nickname",
        "nick:Elizabeth:Lizzie",
        _k(
            "<<Lizzie Bennet>> (<<Elizabeth>> in the book) is my favourite character. Our [[{N}]] hates her, but hates "
            "<<Darcy>> even more."
        ),
    ),
    (
        "student_id",
        "",
        "Candidate no. [[{SIDD}]]\nCentre: 47213\nAnswer: the half-life is 8 days, so after 24 days 1/8 of the sample "
        "is left.",
    ),
    (
        "student_id",
        "",
        "Please mark this under my number [[{sid}]], the system logged me in as [[{O}]] by mistake. Q2: 3.4 x 10^5 J",
    ),
    (
        "student_id",
        "",
        "Resubmission - [[{F} {L}]] ([[{SID0}]])\nI've fixed the graph axes like you said.",
    ),
    (
        "email",
        "",
        "Dear Mr [[{TI}]],\nMy mum is emailing you from her account ([[{x}{d}@outlook.com]]) about my absence on "
        "Friday. I'll catch up on the photosynthesis work.\nThanks,\n[[{F}]]",
    ),
    (
        "email",
        "",
        "Hi, this is [[{F} {L}]]. I submitted to the wrong assignment, could you move it? You can reply to "
        "[[{i}{u}@student.example.ac.uk]].",
    ),
    (
        "email",
        "",
        _k(
            "Forum post: if anyone wants to revise together for the stats exam message me, [[{uf}_{u}{d} at hotmail "
            "dot com]]. We could use <<Khan Academy>> videos."
        ),
    ),
    (
        "url_handle",
        "",
        _k(
            "We made a <<TikTok>> about the water cycle for the project, it's on [[@{uf}.{u}.science]] if you want to "
            "see it. [[{O}]] did the voiceover."
        ),
    ),
    (
        "url_handle",
        "",
        _k("my insta is [[@{f}_{d}]] if u want the revision notes. they cover <<Darwin>> and <<Mendel>>"),
    ),
    (
        "url_handle",
        "",
        _k("<<Discord>>: [[{uf}{u}#{d}42]]. Our study server is called <<Einstein>>'s Fridge."),
    ),
    (
        "split",
        "",
        "Lab report by [[{F}]]\n[[{L}]] and\n[[{O}]]\nAim: to find the specific heat capacity of aluminium.",
    ),
    (
        "split",
        "",
        "Name: [[{FA}]]\n[[{FB} {L}]]\nAnswer: 2.4 kJ",
    ),
    (
        "split",
        "",
        "Peer reviewed by [[{LA}-]]\n[[{LB}]], who said my hypothesis was too vague.",
    ),
    (
        "punctuation",
        "",
        "Q5: [[{F}]]/[[{O}]]/me -> we all got 9.8 m/s² (±0.2)",
    ),
    (
        "punctuation",
        "",
        "thanks!!! ([[{f}]]+[[{o}]]=best group) :)",
    ),
    (
        "punctuation",
        "",
        "Roles:[[{F}]]-timer;[[{O}]]-recorder;[[{X}]](visiting)-photos",
    ),
    (
        "compound",
        "sur:Okonkwo-Smith",
        "[[{F} {L}]] ([[Okonkwo]] on the old register) did the titration. The mean titre was 23.45 cm³.",
    ),
    (
        "compound",
        "sur:Al-Farsi",
        "[[{F} {L}]] and [[{O}]] did the survey. [[Al Farsi]] (without the hyphen on the form) counted the cars.",
    ),
    (
        "compound",
        "sur:Mac an tSaoir",
        "Irish homework - [[{F} {L}]]. Mr [[{TI}]] asked us to write our names in Irish too, so on this page I'm [[{F} "
        "Mac an tSaoir]] and on the register I'm [[{F} McAteer]].",
    ),
    (
        "compound",
        "sur:Ó Ceallaigh",
        "[[Ó Ceallaigh]] (that's [[O'Kelly]] in English) helped me with the bar chart.",
    ),
    (
        "ocr",
        "",
        "[scanned answer sheet]\nNarne: [[{F} {L}]]\nPartner: [[{O}]] \nQ1 The rnean is 14.5",
    ),
    (
        "ocr",
        "word:Chidi,sur:Okafor",
        "Name: [[Ch1di Okaf0r]]   Class: 10Y\nQ2 Rusting needs both water and oxygen.",
    ),
    (
        "non_english",
        "word:Aarav,sur:Sharma",
        _k(
            "Hindi homework: मेरा नाम [[आरव]] है। My name is [[{F} {L}]] and I wrote about <<Premchand>>'s story "
            "'<<Idgah>>'. My dadi [[Kamla]] helped me with the grammar."
        ),
    ),
    (
        "non_english",
        "word:Chukwuemeka,sur:Eze",
        _k(
            "[[{F}]] ([[Emeka]]) and I wrote about the <<Nok>> culture. My uncle [[Obinna]] took us to the <<National "
            "Museum>> in <<Lagos>> to see the terracotta heads."
        ),
    ),
    (
        "non_english",
        "word:Oluwaseun,sur:Adeyemi",
        _k(
            "[[Seun]] ([[{F} {L}]]) helped me with the Yoruba translation: 'Ẹ káàárọ̀' means good morning. We did the "
            "project on <<Oduduwa>>."
        ),
    ),
    (
        "non_english",
        "word:Wei,sur:Zhang",
        _k(
            "[[张伟]] ([[{F} {L}]]) explained <<Zhang Heng>>'s seismometer to us. No relation, he says, but everybody "
            "asks."
        ),
    ),
    (
        "non_english",
        "word:Seo-yeon,sur:Lee",
        _k(
            "Q: Why did <<Admiral Yi Sun-sin>> win at <<Myeongnyang>>? The narrow strait meant the Japanese fleet "
            "couldn't use its numbers. [[{F} {L}]] and [[{O}]] worked on this."
        ),
    ),
    (
        "non_english",
        "word:Yusuf,sur:Al-Amin",
        _k(
            "<<Ibn Sina>> wrote <<The Canon of Medicine>>, which was used in <<Europe>> for 500 years. [[{F}]] and I "
            "made the poster; [[{F}]]'s baba [[Abu Yusuf]] checked our Arabic spelling."
        ),
    ),
    (
        "non_english",
        "word:Layla,sur:Haddad",
        _k(
            "رسالة إلى المعلم: أنا [[ليلى]]. [[{F} {L}]] - I wrote about <<Al-Khwarizmi>>, who gave us the word "
            "algorithm, and <<Ibn al-Haytham>>, who studied optics."
        ),
    ),
    (
        "non_english",
        "word:Valentina,sur:Reyes",
        _k(
            "Ensayo: <<Benito Juárez>> fue el primer presidente indígena de <<México>>. [[{F}]] y [[{O}]] hicimos la "
            "línea del tiempo. Mi tía [[Lupita]] nos prestó un libro."
        ),
    ),
    (
        "non_english",
        "word:Oksana,sur:Kovalenko",
        _k(
            "[[Оксана]] ([[{F}]]) написала про <<Шевченка>> і <<Франка>>. I helped with the English version; [[{F}]]'s "
            "grandma [[Halyna]] lives in <<Lviv>>."
        ),
    ),
    (
        "non_english",
        "word:Katarzyna,sur:Nowak",
        _k(
            "Praca domowa: <<Maria Skłodowska-Curie>> urodziła się w <<Warszawie>>. Zrobiłam to z [[Kasią]] [[{L}]], a "
            "[[Kasi]] mama pomogła z tłumaczeniem."
        ),
    ),
    (
        "non_english",
        "word:Siobhán,sur:Ní Bhriain",
        _k(
            "Obair bhaile: [[{F} {L}]]. I wrote about <<Countess Markievicz>> and the <<Easter Rising>>. My mamó "
            "[[Nóra]] says her own mother knew someone in the <<GPO>>."
        ),
    ),
    (
        "non_english",
        "word:Eilidh,sur:MacLeod",
        _k(
            "Gàidhlig homework by [[{F} {L}]]: <<Sorley MacLean>> wrote '<<Hallaig>>' about the <<Raasay>> clearances. "
            "My granny [[Peigi]] taught me the poem."
        ),
    ),
    (
        "non_english",
        "word:Rhys,sur:Llywelyn",
        _k(
            "[[{F} {L}]] - Hanes: <<Llywelyn ap Gruffudd>> oedd Tywysog olaf <<Cymru>>. My taid [[Dafydd]] took us to "
            "<<Cilmeri>> where he was killed."
        ),
    ),
    (
        "outsider",
        "",
        _k(
            "Reflection: at first I found the coding hard and wanted to give up. My cousin [[{X}]], who studies "
            "engineering in <<Manchester>>, told me to break the problem into small parts. Next time I will ask for "
            "help sooner instead of waiting."
        ),
    ),
    (
        "plain",
        "",
        _k(
            "Group log\nMon: [[{F}]] and [[{O}]] researched the <<Great Barrier Reef>>.\nWed: [[{O}]] off sick, "
            "[[{F}]] wrote the intro.\nFri: we finished the slides, [[{F}]] presented."
        ),
    ),
    (
        "plain",
        "",
        _k(
            "Peer feedback for [[{O}]] from [[{F}]]: You explained <<Darwin>>'s theory clearly but you didn't mention "
            "<<Wallace>>. What went well: the diagram of the finches."
        ),
    ),
    (
        "lowercase",
        "",
        _k(
            "reflection: i think i did ok in the mock but i panicked on the 6 marker about <<ghandi>>. [[{f}]] said to "
            "plan for 2 mins first which helped on the next question"
        ),
    ),
    (
        "outsider",
        "",
        "Dear Ms [[{TI}]],\nI won't be in on Thursday because I have a hospital appointment with Dr [[{XL}]] about my "
        "knee. Could [[{O}]] take the worksheet for me?\nThanks, [[{F}]]",
    ),
    (
        "outsider",
        "",
        _k(
            "Dear Sir, I am [[{F}]]'s mother, [[{X} {L}]]. [[{F}]] was ill on Monday and could not complete the "
            "homework on <<Shakespeare>>'s sonnets. She will hand it in tomorrow. Regards, [[{X} {L}]]"
        ),
    ),
    (
        "outsider",
        "",
        "Forum: does anyone know a good tutor for GCSE maths? My sister recommended Mr [[Balogun]] but he's full. "
        "Reply here or DM me. - [[{F}]]",
    ),
    (
        "plain",
        "",
        "Forum reply to [[{O}]]: I had the same problem with the pendulum experiment. Make sure you time 10 swings, "
        "not one. Hope that helps! - [[{F}]]",
    ),
    (
        "outsider",
        "",
        "Group work reflection: I think our group worked well. [[{O}]] did the research, I did the writing and [[{F}]] "
        "presented. The only problem was [[{X}]] from the other class kept coming over to talk to [[{O}]].",
    ),
    (
        "lowercase",
        "",
        _k(
            "peer feedback: [[{o}]] ur intro is rlly good but u spelt <<Shakespeare>> wrong twice. also [[{f}]] said "
            "the conclusion is too short"
        ),
    ),
    (
        "outsider",
        "",
        _k(
            "I asked my piano teacher Mrs [[{XL}]] about the question on <<Chopin>> and she said his nocturnes were "
            "inspired by <<John Field>>, an Irish composer. So I added that to my answer."
        ),
    ),
    (
        "outsider",
        "",
        _k(
            "My step-dad [[{X}]] works at <<Rolls-Royce>> on jet engines, so I asked him about <<Bernoulli>>'s "
            "principle. He said it's only part of the explanation for lift."
        ),
    ),
    (
        "outsider",
        "",
        _k(
            "The reading log: this week I read '<<Chinese Cinderella>>' by <<Adeline Yen Mah>>. My mum [[{X}]] read it "
            "at school too. My friend [[{Y}]] thinks it's too sad."
        ),
    ),
    (
        "allcaps",
        "",
        _k("[[{FU}]] I HAVE THE POSTER. STOP MESSAGING ME. It's in my locker, the <<Van Gogh>> one."),
    ),
    (
        "possessive",
        "",
        _k(
            "Peer review of [[{O} {OL}]]'s essay: the argument about <<Gandhi>> and the <<Quit India>> movement is "
            "strong, but check [[{O}]]'s dates for <<Amritsar>> - it was 1919."
        ),
    ),
    (
        "possessive",
        "word",
        "Yesterday in [[{F}]]'s kitchen we tested pH of everyday things. Vinegar was 3 and soap was 10.",
    ),
    (
        "lowercase",
        "",
        "ugh i left my bag at [[{f}]]'s house so i can't do the worksheet, can i send it tomorrow?",
    ),
    (
        "famous",
        "",
        _k(
            "<<Chandrasekhar>> calculated the limit for white dwarfs. <<C. V. Raman>> won the <<Nobel>> for the "
            "<<Raman>> effect. [[{F}]]'s grandad met <<Abdul Kalam>> once."
        ),
    ),
    (
        "must_stay",
        "sur:Khan",
        _k(
            "<<Genghis Khan>>'s grandson <<Kublai Khan>> met <<Marco Polo>>. [[{F} {L}]] had to explain to everyone "
            "that she isn't related."
        ),
    ),
    (
        "must_stay",
        "sur:Singh",
        _k(
            "<<Bhagat Singh>> was executed in 1931 for his part in the independence movement. [[{F} {L}]] said his "
            "great-grandfather knew him, but I'm not sure that's true."
        ),
    ),
    (
        "must_stay",
        "sur:Raman",
        _k(
            "The <<Raman>> effect, found by <<C. V. Raman>> in 1928, is when light scatters with a change in "
            "wavelength. [[{F} {L}]] did the presentation and got asked if it was named after her."
        ),
    ),
    (
        "must_stay",
        "sur:Bell",
        _k(
            "<<Alexander Graham Bell>> patented the telephone in 1876. The school <<bell>> rang before [[{F} {L}]] "
            "could finish her talk about him."
        ),
    ),
    (
        "must_stay",
        "sur:Burns",
        _k(
            "<<Robert Burns>> wrote 'To a Mouse', where the plans of mice and men go wrong. First aid: <<burns>> "
            "should be cooled under running water for 20 minutes. ([[{L}]] shared notes for both.)"
        ),
    ),
    (
        "must_stay",
        "sur:Cook",
        _k(
            "<<Captain Cook>> reached <<Botany Bay>> in 1770. [[{F} {L}]] said we should <<cook>> something for the "
            "<<Australia>> Day presentation, so we made <<Anzac>> biscuits."
        ),
    ),
    (
        "must_stay",
        "sur:Darwin",
        _k(
            "The city of <<Darwin>> in northern Australia is named after <<Charles Darwin>>. [[{F} {L}]] got lots of "
            "jokes about evolution."
        ),
    ),
    (
        "must_stay",
        "sur:Young",
        _k(
            "<<Young>>'s double slit experiment showed light is a wave. <<Young>>'s modulus measures stiffness. [[{F} "
            "{L}]] and [[{O}]] measured it for copper wire."
        ),
    ),
    (
        "must_stay",
        "sur:Fleming",
        _k(
            "<<Fleming>>'s left-hand rule: thumb is motion, first finger is field, second finger is current. [[{F} "
            "{L}]] showed everyone and then realised she'd used her right hand."
        ),
    ),
    (
        "must_stay",
        "",
        _k(
            "<<Broca>>'s area controls speech production and <<Wernicke>>'s area controls understanding. [[{O}]] "
            "thinks that's why her nan can understand but can't speak after her stroke."
        ),
    ),
    (
        "lowercase",
        "",
        "b) 3.2 g\nc) i dont know, [[{f}]] said its 6.4 but i think thats for the whole thing",
    ),
    (
        "outsider",
        "",
        "My little brother [[{x}]] ate half my model cell (it was made of jelly) so I've attached a photo of what was "
        "left.",
    ),
    (
        "plain",
        "",
        "I did this with [[{O} {OL}]] in the library. We both think the answer is B because the gradient is steeper.",
    ),
    (
        "outsider",
        "",
        "Q6. My aunty [[{X}]] is a pharmacist and she says paracetamol is broken down in the liver, so taking too much "
        "damages it.",
    ),
    (
        "lowercase",
        "",
        "sorry this is late!! i was at [[{o}]]'s party and forgot. answer: 0.25 mol",
    ),
    (
        "nickname",
        "nick",
        "Q1 = 12.5 cm, Q2 = 40%. [[{N}]] and [[{O}]] checked my working and agree.",
    ),
    (
        "possessive",
        "",
        "I borrowed [[{O} {OL}]]'s calculator because mine had no battery, sorry if it says [[{O}]] on the back of the "
        "sheet.",
    ),
    (
        "outsider",
        "",
        "Sorry Miss, my grandma [[{X}]] was in hospital so I couldn't finish the essay. I've done the first two "
        "paragraphs.",
    ),
    (
        "lowercase",
        "",
        "[[{f} {l}]]\nyear 9 maths hw\n1) 24\n2) 3/4\n3) x = 5",
    ),
    (
        "allcaps",
        "",
        "[[{FU}]] AND [[{OU}]] WERE TALKING THE WHOLE TIME SO WE DIDN'T FINISH. Our result for the pendulum was 1.4 s.",
    ),
    (
        "outsider",
        "",
        _k(
            "I practised my Spanish speaking with our neighbour, Señora [[Ramírez]], who is from <<Guadalajara>>. She "
            "corrected how I say 'ciudad'."
        ),
    ),
    (
        "plain",
        "",
        "Me ([[{F}]]) - did the intro\n[[{O}]] - did the method\n[[{X}]] (new girl, not on the class list yet) - did "
        "the graph",
    ),
    (
        "outsider",
        "",
        _k(
            "The photo of the river meander is from our holiday in <<Wales>>; my uncle [[{X} {XL}]] took it with his "
            "drone."
        ),
    ),
    (
        "lowercase",
        "",
        "omg [[{f}]] stop copying my answers 😂😂 (jk we worked it out together, x = 3.5)",
    ),
    (
        "outsider",
        "",
        _k(
            "My mum, [[Ngozi]], is from <<Enugu>>, so for the case study I interviewed her about the coal mines. She "
            "said the <<Okpara>> mine closed a long time ago."
        ),
    ),
    (
        "outsider",
        "",
        _k(
            "My chacha [[Ramesh]] drives an auto-rickshaw in <<Jaipur>> and says fuel prices have nearly doubled, "
            "which is my example of inflation."
        ),
    ),
    (
        "initials",
        "",
        "Answer by [[{I}{LI}]] & [[{O[0]}{OL[0]}]]: the wavelength is 0.5 m, so v = f x λ = 0.5 x 680 = 340 m/s.",
    ),
    (
        "outsider",
        "",
        "Sorry it's blurry, my phone is broken so I used my brother [[{X}]]'s. Q1 is on the first page and Q2-4 are on "
        "the second.",
    ),
    (
        "lowercase",
        "",
        "i asked [[{o}]] and [[{x}]] (my friend from football) and we all think its c",
    ),
    (
        "split",
        "",
        "[[{F}]]\n[[{L}]]\n10B\nHomework 4: the mean is 7.2 and the range is 11.",
    ),
]
HELD_OUT_O += _word_pairs(
    [
        ("word:Precious", ["<<Precious>> metals such as gold and platinum do not corrode."]),
        ("word:Blessing", ["Losing the first data set was a <<blessing>> in disguise: the second method was better."]),
        ("word:Favour", ["The results <<favour>> the second hypothesis."]),
        ("word:Justice", ["Key words: equality, <<justice>>, forgiveness, stewardship."]),
        ("word:Hunter", ["Timeline:\n1. <<Hunter>>-gatherers\n2. Early farmers\n3. The first cities"]),
        ("word:Sandy", ["<<Sandy>> soils drain quickly but hold few nutrients."]),
        ("word:Ruby", ["<<Ruby>> lasers were the first lasers, built by <<Maiman>> in 1960."]),
        ("word:Ming", ["<<MING>> DYNASTY (1368-1644): the <<Forbidden City>> was built in <<Beijing>>."]),
        ("word:Sultan", ["<<Sultan>> <<Suleiman>> the Magnificent besieged <<Vienna>> in 1529."]),
        ("nick:Robert:Bob", ["The cork will <<bob>> up and down as the wave passes, but it does not move along."]),
        ("nick:Susan:Sue", ["Q: Can a company <<sue>> a newspaper for libel? Yes, if the claim is false."]),
    ]
)


# A sixteenth held-out set, written blind (without reading the anonymizer): lab reports and group write-ups
# with author lines, contribution statements, acknowledgements and reference lists that cite real published
# authors beside students; speech transcripts with speaker labels, disfluencies and thanks to teachers; chat
# logs and WhatsApp exports pasted as evidence, @mentions, e-mails obfuscated in new ways (spelt out, reversed,
# full-width, spaced, in a Markdown link), phone numbers in UK, US, Australian and NZ formats (public service
# numbers stay), student ids in many shapes, home addresses (go) beside institutions, streets and places (stay);
# names in lower case, capitals, misspelt against the roster, hyphenated, with apostrophes and particles (van
# den, de la, bin, bint, al-), family-name-first Vietnamese, Korean and Chinese names with their native scripts,
# Spanish double surnames, Arabic, Malay, Hindi, Tamil, Yoruba and Maori names; roster names that are words, places or
# famous people used as such (Will, May, June, Mark, Grant, Lane, Hunter, Joy, Sterling, Newton, Darwin,
# Victoria, Jordan, Georgia, Paris, Washington); people not on the roster (parents, siblings, coaches, tutors,
# friends, technicians, host families); and characters of set texts and famous people who share a student's
# name. New categories: phone, address, misspelling.
HELD_OUT_P = [
    # Lab reports and group write-ups: author lines, contribution statements, acknowledgements, citations
    (
        "plain",
        "",
        _k(
            "Lab 4: Verifying <<Ohm>>'s law\nAuthors: [[{F} {L}]], [[{O} {OL}]]\nContribution statement: [[{O}]] did "
            "the wiring and took the readings; I ([[{F}]]) wrote the code that logged the current and plotted V "
            "against I. The gradient gave R = 4.7 <<ohms>>, within 2% of the resistor's rating."
        ),
    ),
    (
        "must_stay",
        "sur:Walker",
        _k(
            "Acknowledgements: we thank [[{X} {XL}]] (lab technician) for lending us the light gates. The value of g "
            "was taken from <<Halliday>>, <<Resnick>> and <<Walker>> (2014, p. 92). Written up by [[{F} {L}]]; graphs "
            "by [[{O}]]."
        ),
    ),
    (
        "must_stay",
        "word:Emma,sur:Watson",
        _k(
            "Introduction\nThe double helix was described by <<Watson>> and <<Crick>> (1953), using X-ray images taken "
            "by <<Rosalind Franklin>>. In our extraction practical [[{F} {L}]] and I pulled DNA out of strawberries "
            "with washing-up liquid and salt.\n- [[{O}]]"
        ),
    ),
    (
        "must_stay",
        "sur:Smith",
        _k(
            "Group report - Team 6 ([[{F} {L}]], [[{O} {OL}]], and [[{X}]] who joined in week 3)\nOur screen-time "
            "survey follows the method of <<Smith>> et al. (2019). As <<Vygotsky>> (1978) argues, learning is social, "
            "so [[{L}]] interviewed people in pairs rather than alone."
        ),
    ),
    (
        "must_stay",
        "sur:Brown",
        _k(
            "Literature review ([[{F} {L}]])\nSituated cognition (<<Brown>>, <<Collins>> & <<Duguid>>, 1989) says "
            "knowledge is tied to the activity where it is learnt. <<Lave>> and <<Wenger>> (1991) call this "
            "legitimate peripheral participation. [[{O}]] thinks this explains why our work experience week taught "
            "us more than the textbook."
        ),
    ),
    (
        "must_stay",
        "",
        _k(
            "Reflection on group work\nWe went through all four of <<Tuckman>>'s (1965) stages. Storming was mostly "
            "[[{O}]] and me arguing about the poster colours. By norming, [[{O}]] had taken the <<Belbin>> role of "
            "completer-finisher and [[{F}]] was the plant."
        ),
    ),
    (
        "must_stay",
        "",
        _k(
            "References\n<<Kolb, D. A.>> (1984). Experiential Learning. Prentice Hall.\n<<Schön, D.>> (1983). The "
            "Reflective Practitioner. Basic Books.\n\nReflective log by [[{F} {L}]], with comments from [[{O} {OL}]]."
        ),
    ),
    (
        "initials",
        "",
        _k(
            "Authors: [[{I}. {L}]]*, [[{O[0]}. {OL}]]\n*Corresponding author: [[{uf}.{u}@student.uni.edu]]\nAbstract: "
            "We measured the specific heat capacity of aluminium as 870 J/kg°C, 3% below the value in <<Kaye>> and "
            "<<Laby>>."
        ),
    ),
    (
        "outsider",
        "",
        _k(
            "Acknowledgements\nThanks to my dad, [[{X} {XL}]], for driving us to the <<Natural History Museum>>, to "
            "Mrs [[{TI}]] for signing the risk assessment, and to [[{O}]] for the sandwiches. Any mistakes are mine."
        ),
    ),
    (
        "must_stay",
        "",
        _k(
            "Discussion\nAs <<Dweck>> (2006) puts it, a growth mindset treats failure as information. When our first "
            "bridge collapsed at 2 kg, [[{O}]] said 'good, now we know where it breaks', which is exactly that. "
            "[[{F}]] redesigned the trusses using <<Warren>> triangles."
        ),
    ),
    (
        "plain",
        "",
        _k(
            "Group 3 - Rocket car\nMembers and roles:\n  [[{F} {L}]] - chassis and wheels\n  [[{O} {OL}]] - "
            "balloon nozzle\n  [[{Y}]] (exchange student, not on the register) - timing\nBest run: 4.1 m in 2.3 s. "
            "<<Newton>>'s third law explains the thrust."
        ),
    ),
    (
        "wordname",
        "word:Will",
        _k(
            "Contribution statement\n[[Will]]: wiring, breadboard, photos\nMe: code and graphs\nWe both <<will>> "
            "present on Friday, and [[Will]] <<will>> return the multimeter to the prep room."
        ),
    ),
    (
        "must_stay",
        "word:Gregor,sur:Novak",
        _k(
            "Genetics write-up: <<Mendel>> crossed pea plants and found a 3:1 ratio. Our corn cobs gave 298 purple to "
            "104 yellow. [[{F}]] ran the chi-squared test (p > 0.05), and yes, he is sick of <<Gregor Mendel>> jokes."
        ),
    ),
    (
        "possessive",
        "",
        _k(
            "Sources: <<Campbell>> Biology (<<Urry>> et al., 2020), ch. 10; [[{O}]]'s class notes; my sister "
            "[[{X}]]'s A-level textbook. [[{F} {L}]]'s diagrams are redrawn from the <<BBC Bitesize>> page."
        ),
    ),
    # Speech transcripts
    (
        "lowercase",
        "",
        _k(
            "[auto-captions, period 3 presentations]\nspeaker 1: ok so um our topic is, uh, renewable energy\nspeaker "
            "1: and like my friend, uh, [[dev]] said, wind is free but it's not always windy\nspeaker 2: yeah and "
            "[[{f}]] found that <<denmark>> gets about half its power from wind\nteacher: thank you both. thank you, "
            "[[{f}]]."
        ),
    ),
    (
        "plain",
        "",
        _k(
            "TRANSCRIPT - Group 2 presentation\n[[{F} {L}]]: Good morning. Um, so, thank you, Ms. [[{TI}]], for, uh, "
            "letting us go first.\n[[{O}]]: We looked at, um, the <<Great Barrier Reef>> and coral bleaching.\n[[{F}]]: "
            "Yeah, and, like, [[{O}]]'s cousin actually dives there, so...\nMs. [[{TI}]]: Lovely. Keep going."
        ),
    ),
    (
        "wordname",
        "word:Joy",
        _k(
            "Speech transcript (persuasive speech)\n[[JOY]]: Um, hi. So. Plastic. Uh, every piece of plastic ever made "
            "still exists - well, most of it.\nTEACHER: Louder please, [[Joy]].\n[[JOY]]: Sorry! It brings me no "
            "<<joy>> to say this, but, um, we are the problem."
        ),
    ),
    (
        "outsider",
        "",
        _k(
            "[voice note, transcribed]\nso um my coach, uh, coach [[Reynolds]], he like, he says hydration is the "
            "biggest thing, and my mum [[{X}]] agrees, uh, so for the PE question the sweat rate is like a litre an "
            "hour, and <<Mo Farah>> drinks every, um, every 5k"
        ),
    ),
    (
        "lowercase",
        "",
        _k(
            "[presentation recording]\num [[{f}]], [[{f}]] - sorry, [[{o}]] - can you, uh, click next? no the one "
            "before. ok so, like, this graph shows the, um, the foxes in <<bristol>> going down after the, uh, the "
            "mange outbreak"
        ),
    ),
    (
        "initials",
        "",
        _k(
            "Oral exam, Chemistry\nExaminer ([[{TI}]]): Why does the first ionisation energy drop at aluminium?\n"
            "[[{I}{LI}]]: Um, because the, uh, 3p electron is further from the... the nucleus?\nExaminer: Good. And "
            "<<Hund>>'s rule? What did [[{O}]] say in the group?\n[[{I}{LI}]]: Uh, [[{O}]] said shielding, I think."
        ),
    ),
    (
        "must_stay",
        "word:Grant",
        _k(
            "Debate transcript - This house would abolish homework\nPROP 1 ([[Grant]] [[{L}]]): Madam Chair, my "
            "opponent wants to <<grant>> teachers unlimited power over our evenings.\nOPP 1 ([[{O}]]): Uh, that's not "
            "what I said. Even <<Ulysses S. Grant>> did his homework.\nCHAIR ([[{TI}]]): Order, please."
        ),
    ),
    (
        "nickname",
        "nick",
        _k(
            "[[{N}]]: welcome back to Chem Chat, I'm [[{N}]]\n[[{O}]]: and I'm [[{O}]], and today, uh, we're talking "
            "about, um, catalysts, like iron in the <<Haber>> process\n[[{N}]]: my little brother [[{X}]] thinks a "
            "catalyst is a type of cat lol"
        ),
    ),
    (
        "outsider",
        "",
        _k(
            "Interview transcript (history coursework)\nME: Where were you in 1989?\nGRANDAD [[{XL}]]: In <<Leipzig>>, "
            "um, at the Monday demonstrations. Me and your great-aunt [[Renate]] went every week.\nME: Were you "
            "scared?\nGRANDAD [[{XL}]]: Uh, yes. But <<Gorbachev>> had said the tanks would not come."
        ),
    ),
    (
        "allcaps",
        "",
        _k(
            "SPEAKER 1 ([[{FU}]]): UM, SO OUR PRODUCT IS A, UH, SOLAR PHONE CHARGER\nSPEAKER 2 ([[{OU}]]): IT COSTS £12 "
            "TO MAKE\nJUDGE ([[{X}]]): AND WHO IS YOUR TARGET MARKET?\nSPEAKER 1: UH, FESTIVAL PEOPLE? LIKE "
            "<<GLASTONBURY>>?"
        ),
    ),
    (
        "student_id",
        "",
        _k(
            "[phone call to the exams office, transcribed]\nSTUDENT: Hi, um, it's [[{F} {L}]], my number is, uh, "
            "[[S {SIDD[0]}{SIDD[1]}{SIDD[2]}, {SIDD[3]}{SIDD[4]}, {SIDD[5]}{SIDD[6]}]].\nOFFICE: Thanks. And which "
            "paper?\nSTUDENT: Further maths, paper two, the <<Edexcel>> one."
        ),
    ),
    # Chat logs, text messages, @mentions, phone numbers
    (
        "url_handle",
        "",
        _k(
            "Pasted from our group chat to show I did my part:\n[21:03] @[[{uf}.{u}]]: uploaded the graphs to the "
            "drive\n[21:05] @[[{o}{d}]]: ty!! i'll do the conclusion\n[21:40] @[[{uf}.{u}]]: @[[{o}{d}]] did u cite "
            "the <<Pearson>> textbook?"
        ),
    ),
    (
        "phone",
        "",
        _k(
            "WhatsApp export (Bio coursework 🧬)\n12/03/2025, 21:14 - [[{F} {L}]]: has anyone done q3\n12/03/2025, "
            "21:15 - [[+44 7700 900{d}4]]: yeah its the <<Krebs>> cycle one\n12/03/2025, 21:15 - [[{F} {L}]]: who is "
            "this lol\n12/03/2025, 21:16 - [[+44 7700 900{d}4]]: its [[{X}]], new phone"
        ),
    ),
    (
        "phone",
        "",
        _k(
            "If <<Moodle>> crashes again please text me on [[07700 9{d}312]] or ring my mum on [[07700 900 5{d}]]. "
            "Thanks, [[{F}]]"
        ),
    ),
    (
        "phone",
        "",
        _k(
            "Emergency contact for the field trip: [[{X} {XL}]] (father), mobile [[(415) 555-01{d}]]. I have asthma "
            "so please keep my <<Ventolin>> in the first aid kit. Signed: [[{F} {L}]]"
        ),
    ),
    (
        "phone",
        "",
        _k("my number is [[0412 {d}5 678]], text me if the train is late at <<Flinders Street>> 🚆 - [[{f}]]"),
    ),
    (
        "phone",
        "",
        _k(
            "Call <<000>> in an emergency, or <<Healthdirect>> on <<1800 022 222>> for advice. For this assignment I "
            "asked my aunt [[{X}]] ([[+61 4{d} 118 903]]), who is a paramedic in <<Ballarat>>."
        ),
    ),
    (
        "phone",
        "",
        _k(
            "The <<NHS 111>> line told my mum to bring me in, which is why I missed the test. Group contacts: me "
            "[[+44 (0)7911 12{d}45]], [[{O}]] [[07{d}2 845 331]]."
        ),
    ),
    (
        "phone",
        "",
        _k(
            "NZ civics task: in an emergency call <<111>>. For the interview I rang my koro [[Hōne]] on [[021 {d}4 "
            "7719]]; he was at the <<Waitangi>> celebrations in 1990."
        ),
    ),
    (
        "punctuation",
        "",
        _k(
            "screenshot text:\n[[{o}]] 🐸: did u finish\nme: nearly\n[[{o}]] 🐸: send pls 🙏🙏\nme: NO lol\n[[{o}]] 🐸: "
            "ok ill ask [[{x}]]\n(this is why our answers are different: we both used the <<Arrhenius>> equation but we "
            "did not copy)"
        ),
    ),
    (
        "url_handle",
        "",
        _k(
            "Discord log (#physics-help)\n<[[{uf}_{u}]]> anyone know why the ball bearing reaches terminal velocity?\n"
            "<[[{o}.exe]]> drag = weight, <<Stokes>>' law\n<[[{uf}_{u}]]> ty [[{o}]]"
        ),
    ),
    (
        "lowercase",
        "word:May",
        _k(
            "texts from <<may>> 14 (evidence for the appeal):\n[[may]]: r u coming to revision\nme: can't, working\n"
            "[[may]]: ok i'll send notes, [[{o}]] has the past papers\nme: ty [[may]] ur the best"
        ),
    ),
    (
        "url_handle",
        "",
        _k(
            "Instagram caption for our geography fieldwork: 'Sampling pebbles on <<Chesil Beach>> with "
            "@[[{uf}.{u}_]] and @[[{o}_{d}]] 🌊📏 #fieldwork #<<Dorset>>'"
        ),
    ),
    # Student ids in many shapes
    (
        "student_id",
        "",
        _k(
            "Submission from [[{sid}@students.uni.ac.uk]]\nStudent: [[{L}, {F}]] (#[[{SIDD}]])\nQ1: By <<Hess>>'s "
            "law the enthalpy change is -57 kJ/mol."
        ),
    ),
    (
        "student_id",
        "",
        _k(
            "re: mark query for [[{SID0}]] / [[{SIDD}]] (same person, the system lists me twice). I was given 0 for "
            "lab 6 (<<Hooke>>'s law) but [[{O}]] and I submitted together. - [[{F}]]"
        ),
    ),
    (
        "student_id",
        "",
        _k("zID: [[z{SIDD}]]\nEmail: [[z{SIDD}@ad.unsw.edu.au]]\nCourse: <<COMP1511>>\nQ4: the loop runs n - 1 times."),
    ),
    (
        "student_id",
        "",
        _k(
            "Login [[u{SIDD}]] kept timing out, so I've pasted my answer here. Student number "
            "[[{SIDD[0]}{SIDD[1]}{SIDD[2]} {SIDD[3]}{SIDD[4]}{SIDD[5]} {SIDD[6]}]].\nQ2: The <<Gallipoli>> campaign "
            "began on 25 April 1915."
        ),
    ),
    # E-mails obfuscated in new ways
    (
        "email",
        "",
        _k(
            "email me: [[{uf} dot {u} at student dot uni dot edu]] (spelt out so the bots don't get it) about the "
            "<<Macbeth>> essay"
        ),
    ),
    (
        "email",
        "",
        _k("my email backwards lol: [[ude.inu@{u}.{uf}]] (<<Leonardo da Vinci>> wrote backwards too)"),
    ),
    (
        "email",
        "",
        _k("Re: <<Erasmus>> exchange form\nContact: [[{uf}_{u}{d} ＠ outlook · com]]"),
    ),
    (
        "email",
        "",
        _k("Questions? [email me](mailto:[[{uf}.{u}@uni.edu]]) or find me in the <<Bodleian>> after 4."),
    ),
    (
        "email",
        "",
        _k(
            "For the <<Royal Society>> young scientist form: email [[{uf} . {u} @ gmail . com]] (no spaces, the form "
            "wouldn't take the @ otherwise)"
        ),
    ),
    (
        "email",
        "",
        _k(
            "re: <<Duke of Edinburgh>> expedition kit list. contact -> [[{i}{u}]] (at) the school domain, or if that "
            "bounces [[{uf}-{u}-{d}]] at hotmail"
        ),
    ),
    # Home addresses (go) beside institutions and public places (stay)
    (
        "address",
        "",
        _k(
            "For the local history project I compared my street, [[14 Larchwood Avenue]], with the 1911 census. The "
            "census lists a blacksmith at our house! The originals are at <<The National Archives>> in <<Kew>>."
        ),
    ),
    (
        "address",
        "",
        _k(
            "Fieldwork: we counted traffic outside <<Westfield Stratford City>> and on <<Great Eastern Road>>, then "
            "walked back to [[{O}]]'s house at [[27 Cranbrook Close]] to enter the data."
        ),
    ),
    (
        "address",
        "",
        _k(
            "Please post my certificate to my home address, [[Flat 3B, 112 Harcourt Street]], Dublin 2, not to the "
            "school on <<Griffith Avenue>>. Thanks, [[{F} {L}]]"
        ),
    ),
    (
        "address",
        "",
        _k(
            "My work experience was at <<Starship Children's Hospital>> on <<Park Road>> in <<Grafton>>. I got the bus "
            "from home ([[8 Kōwhai Place]]) every morning with my cousin [[Hēmi]]."
        ),
    ),
    (
        "address",
        "nick:Victoria:Tori",
        _k(
            "Study group this Sunday: not at the <<State Library Victoria>> this time, it's at [[{N}]]'s place, "
            "[[5/41 Glenferrie Rd]]. Bring your <<Victorian>> Certificate notes. - [[{O}]]"
        ),
    ),
    (
        "address",
        "",
        _k(
            "Letter to <<Harlow Council>>\nDear Sir or Madam,\nI live at [[19 Pinewood Drive]] and the potholes near "
            "<<Harlow Town>> station are dangerous. My neighbour Mr [[{XL}]] broke his wrist there in March.\nYours "
            "faithfully,\n[[{F} {L}]]"
        ),
    ),
    (
        "must_stay",
        "sur:Washington",
        _k(
            "History homework: <<Washington>> crossed the <<Delaware>> on 25 December 1776 to attack <<Trenton>>. My "
            "great-grandpa lived at [[1420 Delaware Ave]], and our surname is [[{L}]] too, but no relation as far as "
            "we know. - [[{F} {L}]]"
        ),
    ),
    (
        "address",
        "",
        _k(
            "Noise survey: readings at <<Leeds Beckett University>> (62 dB), <<Briggate>> (71 dB) and my front garden "
            "at [[6 Hollin Mount]] (48 dB). [[{O}]] held the meter at each site."
        ),
    ),
    # Names in lower case and capitals
    (
        "lowercase",
        "word:June",
        _k(
            "in <<june>> me and [[june]] did the bird survey at the reservoir and saw 14 species. [[june]]'s dad "
            "[[{x}]] lent us his binoculars"
        ),
    ),
    (
        "lowercase",
        "nick",
        _k(
            "[[{n}]] n me finished it at lunch so [[{n}]]'s handwriting is on page 2 (the <<punnett>> squares) lol. "
            "[[{l}]] if ur reading this give me my pen back"
        ),
    ),
    (
        "lowercase",
        "word:Daisy",
        _k("tbh i think <<gatsby>> is a fraud and <<daisy>> knows it. [[{o}]] disagrees. [[{f}]] hasnt read it"),
    ),
    (
        "lowercase",
        "word:Hunter",
        _k(
            "food web q: the hawk is the top <<hunter>>, so if the voles die out it eats more frogs. [[hunter]] said "
            "the hawk would just move away which is also true tbf"
        ),
    ),
    (
        "lowercase",
        "sur:van der Merwe",
        _k("group: [[{f} {l}]], [[{o}]] and me. [[{f}]] did the <<cape town>> water crisis bit, i did <<day zero>>"),
    ),
    (
        "allcaps",
        "word:Mark",
        _k(
            "[[MARK]] PLEASE STOP CHANGING THE SLIDES. THE <<MARK>> SCHEME SAYS 6 SLIDES MAX.\n(sorry for the caps, "
            "that's pasted from our group chat, I was stressed)"
        ),
    ),
    (
        "allcaps",
        "word:May",
        _k(
            "<<MAY>> I PLEASE HAVE AN EXTENSION? [[MAY]] AND I BOTH HAD COVID LAST WEEK.\n(typed by [[{O}]] for both "
            "of us, [[{F}]] is still in bed)"
        ),
    ),
    (
        "allcaps",
        "word:Hunter",
        _k(
            "PE THEORY - ENERGY SYSTEMS\n<<HUNTER>>-GATHERERS RELIED ON THE AEROBIC SYSTEM FOR LONG HUNTS. [[HUNTER]] "
            "[[{LU}]] SAYS HIS DAD RAN THE <<LONDON>> MARATHON IN 3 HOURS, WHICH IS MOSTLY AEROBIC TOO."
        ),
    ),
    (
        "allcaps",
        "sur:Okafor",
        _k(
            "REVISION NOTES - <<NIGERIA>> CASE STUDY\n<<LAGOS>> POPULATION: ~15 MILLION. [[{LU}]]'S GRANDMA IS FROM "
            "<<ONITSHA>> SO [[{FU}]] DID THE MIGRATION BIT."
        ),
    ),
    # Misspellings of the roster spelling
    (
        "misspelling",
        "word:Siobhan,sur:O'Neill",
        _k(
            "Peer review of [[Shivaun O'Neil]]'s essay (sorry if I've spelt it wrong, [[Siobhán]]!): your argument "
            "about the <<Anglo-Irish Treaty>> is strong but you need more dates, e.g. when <<de Valera>> rejected it."
        ),
    ),
    (
        "misspelling",
        "word:Katherine,sur:Nguyen",
        _k(
            "Thanks to [[Kathryn Ngyuen]] for proofreading the discussion of <<Pavlov>>'s dogs. Any remaining typos "
            "are mine, not [[Katherines]]."
        ),
    ),
    (
        "misspelling",
        "word:Mohammed,sur:Rahman",
        _k(
            "[[Muhammad Rehman]] and I tested the pendulum ([[Mohamed]] timed 10 swings, I measured the length). "
            "T = 1.42 s, and as <<Galileo>> found, the mass made no difference."
        ),
    ),
    (
        "misspelling",
        "word:Aaliyah,sur:Johnson",
        _k(
            "Hypothesis written by [[Aliyah Jonhson]]: the more sugar, the faster the yeast respires (<<Pasteur>> "
            "showed yeast does this without oxygen). [[{O}]] did the balloons."
        ),
    ),
    (
        "misspelling",
        "word:Dmitri,sur:Petrov",
        _k(
            "Peer assessment - poster on <<Dmitri Mendeleev>>\nPartner: [[Dimitry Petroff]]\nEffort 5/5. [[Dima]] "
            "stayed late twice to fix the periodic table."
        ),
    ),
    (
        "misspelling",
        "word:Jackson,sur:Tuilagi",
        _k(
            "[[Jaxon]] ([[Jackson Tuilaggi]] on the sheet) measured the long jump with me. Our best was 4.3 m, "
            "about half of <<Mike Powell>>'s record."
        ),
    ),
    (
        "misspelling",
        "sur:Schröder",
        _k(
            "Group: [[{F} Shroder]], [[{O}]], me. I know it's [[Schröder]] but my keyboard has no umlaut and I spelt "
            "it wrong anyway. Topic: <<Schrödinger>>'s cat."
        ),
    ),
    # Hyphens, apostrophes and particles
    (
        "compound",
        "word:Daan,sur:van den Berg",
        _k(
            "[[Van den Berg]] (capital V because it starts the sentence) did the graphs on <<van der Waals>> forces; "
            "[[Daan]] always writes it [[vdBerg]] in his code comments."
        ),
    ),
    (
        "compound",
        "word:Priya,sur:D'Souza",
        _k(
            "Poster on <<Goa>>'s Portuguese history by [[Priya Dsouza]] (the portal drops the apostrophe), credited "
            "as [[P. D'Souza]] on the poster itself."
        ),
    ),
    (
        "compound",
        "word:Ciarán,sur:O'Neil",
        _k(
            "[[Ciaran ONeil]] / [[O'NEIL, C.]] - both are me, the system made two accounts. Question 2 (the 1916 "
            "Rising on <<O'Connell Street>>) is the same as the one I sent [[{O}]]."
        ),
    ),
    (
        "must_stay",
        "word:Lucía,sur:de la Cruz",
        _k(
            "Our Spanish oral was on <<Sor Juana Inés de la Cruz>>, which was funny because [[{F} {L}]] is in our "
            "group. Our [[De la Cruz]] did the timeline and I did the poem."
        ),
    ),
    (
        "compound",
        "word:Ahmad,sur:bin Ismail",
        _k(
            "[[Ahmad bin Ismail]] (just [[Ahmad Ismail]] on Teams) did the soil pH tests in <<Taman Negara>>. Encik "
            "[[Ismail]] is his dad, not our teacher."
        ),
    ),
    (
        "compound",
        "word:Layla,sur:al-Amin",
        _k(
            "Presentation on <<Al-Andalus>>, order: 1. [[Layla Al Amin]] 2. [[{O}]] 3. me. ([[Al-Amin]] goes first "
            "because [[alamin]] is first alphabetically on the portal.)"
        ),
    ),
    # Names of other cultures and orders
    (
        "non_english",
        "word:Minh Anh,sur:Nguyễn",
        _k(
            "Nhóm 3: [[Nguyễn Minh Anh]], [[{O} {OL}]]\n[[Minh Anh]] ran the survey about <<Tết>> food in the "
            "canteen; [[{O}]] made the charts. On the LMS it is [[NGUYEN Minh Anh]]."
        ),
    ),
    (
        "non_english",
        "word:Ji-woo,sur:Kim",
        _k(
            "Essay on <<King Sejong>> and the invention of <<Hangul>>, written by [[KIM Ji-woo]] ([[김지우]]) with "
            "help from [[{O}]]. [[Jiwoo]] is how the register spells it."
        ),
    ),
    (
        "non_english",
        "word:Xinyi,sur:Wang",
        _k(
            "Translation task\nStudent: [[Wang Xinyi]] ([[王欣怡]])\nI translated the <<Du Fu>> poem with my "
            "grandmother [[{X}]], who was a teacher in <<Chengdu>>."
        ),
    ),
    (
        "non_english",
        "nick:Jiahui:Jenny,sur:Chen",
        _k("Partner: [[Chen Jiahui]] (English name [[Jenny]]). [[Jenny]] wrote the <<Python>> and I tested it."),
    ),
    (
        "non_english",
        "word:María José,sur:Hernández Ruiz",
        _k(
            "Tema: <<Frida Kahlo>> y <<Diego Rivera>>\nIntegrantes: [[Hernández Ruiz, María José]] y [[{O}]]\n"
            "[[Majo]] hizo las encuestas; yo, [[{O}]], las gráficas. (En la lista aparece como [[Mª José "
            "Hernández]].)"
        ),
    ),
    (
        "non_english",
        "word:Santiago,sur:Ramírez Ortega",
        _k(
            "Informe de viaje: viajamos a <<Santiago de Chile>> en julio. [[Santi]] ([[{F} {L}]]) hizo las fotos del "
            "<<Cerro San Cristóbal>> y su tía [[Carmen]] nos llevó al <<Museo de la Memoria>>."
        ),
    ),
    (
        "non_english",
        "word:Haitham,sur:Al-Sayed",
        _k(
            "Optics essay: <<Ibn al-Haytham>> showed that light travels from the object into the eye. [[Haitham]] "
            "(named after him, he says) built the pinhole camera with [[{O}]]."
        ),
    ),
    (
        "non_english",
        "word:Arjun,sur:Iyer",
        _k(
            "RE essay: In the <<Bhagavad Gita>>, <<Krishna>> tells <<Arjuna>> to do his duty and fight. [[Arjun]] "
            "([[{L}]]) argued in class that <<Arjuna>> was right to hesitate."
        ),
    ),
    (
        "non_english",
        "word:Lakshmi,sur:Raghunathan",
        _k(
            "At <<Diwali>> families do <<Lakshmi>> puja to welcome the goddess of wealth. [[Lakshmi R.]] brought "
            "diyas from home and her ammamma [[Saroja]] showed us the rangoli."
        ),
    ),
    (
        "non_english",
        "word:Pooja,sur:Sharma",
        _k(
            "We did a <<pooja>> at home for <<Ganesh Chaturthi>> and [[Pooja]] brought modaks to school the next day. "
            "Her bhaiya [[Rohit]] made them."
        ),
    ),
    (
        "non_english",
        "word:Ayomide,sur:Adeyemi",
        _k(
            "Maths of games: <<ayo>> (<<Ayò Ọlọ́pọ́n>>) is a mancala game with 12 pits. [[Ayo]] ([[{F} {L}]]) "
            "taught us and her uncle [[Tunde]] still beat everyone."
        ),
    ),
    (
        "non_english",
        "word:Oluwaseun,sur:Adébáyọ̀",
        _k(
            "Lab report by [[Seun Adebayo]] ([[Olúwaṣeun Adébáyọ̀]] on my passport). [[Seun]] and [[{O}]] tested "
            "the buffers with the <<Henderson-Hasselbalch>> equation."
        ),
    ),
    (
        "non_english",
        "word:Aroha,sur:Ngata",
        _k(
            "<<Āpirana Ngata>> is on the $50 note. [[Aroha]] ([[{L}]]) told us he is no relation, but her nan [[Mere]] "
            "says otherwise. Our group value was <<aroha>>: looking after each other."
        ),
    ),
    (
        "non_english",
        "word:Tāne,sur:Parata",
        _k(
            "Waiata and whakapapa: <<Tāne>> separated <<Ranginui>> and <<Papatūānuku>>. [[Tane]] ([[{F} {L}]]) led the "
            "karakia and [[{O}]] did the slides on the kauri tree <<Tāne Mahuta>> in the <<Waipoua Forest>>."
        ),
    ),
    (
        "must_stay",
        "word:Wei,sur:Li",
        _k(
            "<<Li Bai>>'s 'Quiet Night Thought' compares moonlight to frost. [[Li Wei]] (no relation to <<Li Bai>>, "
            "obviously) read it in Mandarin and I read the translation."
        ),
    ),
    (
        "non_english",
        "word:Khadija,sur:bint Yusuf",
        _k(
            "History of science: <<Fatima al-Fihri>> founded the <<University of al-Qarawiyyin>> in <<Fez>>. "
            "[[Khadija]] [[bint Yusuf]] and [[{O}]] made the poster; [[Khadija]]'s brother [[Idris]] printed it."
        ),
    ),
    # Name-words used as names (and, beside them, as words)
    (
        "wordname",
        "word:Will",
        _k(
            "Reflection: I worked with [[Will]] again. His strength is persistence: he <<will>> redo a graph five "
            "times. Next time I <<will>> ask [[Will]] to check my units first."
        ),
    ),
    (
        "wordname",
        "word:Grant",
        _k(
            "Our mock research <<grant>> application was written by [[Grant]] and me. [[Grant]] wanted to ask for "
            "£50,000, but the limit was £10,000."
        ),
    ),
    (
        "wordname",
        "sur:Lane",
        _k(
            "Cycling survey: [[{F} {L}]] counted bikes in the bus <<lane>>; I counted the ones on the pavement. "
            "[[{L}]] got 41, I got 17."
        ),
    ),
    (
        "wordname",
        "word:Sterling",
        _k(
            "[[Sterling]] converted the prices from pounds <<sterling>> to euros. [[Sterling]]'s rate was from "
            "Tuesday, so our totals differ by 30p."
        ),
    ),
    (
        "wordname",
        "word:May",
        _k(
            "[[May]] and I <<may>> have swapped the labels on tubes B and C, so the results for those <<may>> be "
            "wrong. [[May]] thinks not."
        ),
    ),
    (
        "wordname",
        "word:Jordan",
        _k(
            "[[Jordan]] presented on <<Jordan>>'s water shortage: the <<Jordan>> River is shrinking and <<Amman>> "
            "gets piped water once a week. [[Jordan]] said the title was a coincidence."
        ),
    ),
    (
        "wordname",
        "word:Georgia",
        _k(
            "[[Georgia]] did <<Georgia>> the US state and I did <<Georgia>> the country, which caused some confusion "
            "on the poster. The capital of ours is <<Tbilisi>>; [[Georgia]]'s is <<Atlanta>>."
        ),
    ),
    (
        "wordname",
        "word:Paris",
        _k(
            "[[Paris]] went to <<Paris>> at Easter and brought back macarons for the French class. [[Paris]]'s photo "
            "of the <<Louvre>> is on slide 2."
        ),
    ),
    (
        "wordname",
        "nick:Victoria:Tori",
        _k(
            "<<Queen Victoria>> reigned for 63 years. [[Victoria]] ([[Tori]]) found the census for 1851, when the "
            "Great Exhibition was held in <<Hyde Park>>."
        ),
    ),
    (
        "wordname",
        "sur:Newton",
        _k(
            "[[{F} {L}]]'s trolley results verified <<Newton>>'s second law: doubling the force doubled the "
            "acceleration. Force in <<newtons>>, mass in kg."
        ),
    ),
    (
        "wordname",
        "sur:Darwin",
        _k(
            "[[{L}]] (our [[{L}]], not <<Charles>>) measured the finch beaks in the museum drawer. <<Darwin>>'s "
            "theory predicts bigger beaks after a drought."
        ),
    ),
    (
        "wordname",
        "word:Joy",
        _k(
            "Peer feedback for [[Joy]]: your speech was a <<joy>> to listen to. [[Joy]], next time slow down on the "
            "statistics slide."
        ),
    ),
    (
        "wordname",
        "word:June",
        _k(
            "[[June]] and [[{O}]] planted the beans on 2 <<June>>; by 16 <<June>> [[June]]'s were 9 cm taller because "
            "hers were by the window."
        ),
    ),
    (
        "wordname",
        "word:Mark",
        _k(
            "[[Mark]] read <<Mark>> 4 from the Gospels aloud for the RE assembly. Full <<marks>> to [[Mark]] for not "
            "laughing."
        ),
    ),
    # People not on the roster
    (
        "outsider",
        "",
        _k(
            "My stepdad [[Rich]] (yes, really) works at the recycling centre, so I asked him how they separate "
            "aluminium cans: with eddy currents, by <<Faraday>>'s law."
        ),
    ),
    (
        "outsider",
        "",
        _k(
            "Acknowledgement: my football coach, [[Dave Pritchard]], let us use the club's stopwatch and the pitch "
            "at <<Victoria Park>> for the reaction time experiment."
        ),
    ),
    (
        "outsider",
        "",
        _k(
            "My uncle is also called [[Michael Jordan]] - not the basketball player - and he works on the ferries "
            "from <<Dover>>. He told me how tides affect the timetable."
        ),
    ),
    (
        "outsider",
        "",
        _k(
            "My little sister [[Hermione]] (named after the character, my mum loves the books) thinks <<Hermione "
            "Granger>> should have been the main character, and for this essay I agree."
        ),
    ),
    (
        "outsider",
        "",
        _k(
            "My best mate [[Kai]] (he goes to <<St Aidan's>>, not here) helped me film the stop-motion. [[{O}]] did "
            "the voices."
        ),
    ),
    (
        "outsider",
        "",
        _k(
            "My tutor on <<Zoom>>, Mr [[Varga]], showed me <<Feynman>>'s trick of writing the units in every line. "
            "My mum [[{X}]] pays him so please tell me if it's working 😅"
        ),
    ),
    (
        "outsider",
        "",
        _k(
            "Host family report (French exchange): the [[Lefebvre]] family live near <<Lyon>>. Mme [[Lefebvre]] "
            "cooked every night and [[Théo]], my exchange partner, took me to the <<Musée des Confluences>>."
        ),
    ),
    (
        "outsider",
        "",
        _k(
            "Sorry this is late. My sister [[Georgia]] had her baby on Sunday at the <<Royal Derby Hospital>> (a "
            "girl, [[Ivy]]!) and I was looking after my nephew [[Oscar]]."
        ),
    ),
    (
        "outsider",
        "word:Summer",
        _k(
            "Over the <<summer>> my cousin [[Summer]] and I volunteered at the animal shelter. [[{F}]] from our "
            "class was there too, in <<August>>."
        ),
    ),
    (
        "outsider",
        "",
        _k(
            "I interviewed our neighbour, Auntie [[Bisi]], who was a nurse at <<Lagos University Teaching "
            "Hospital>> for 20 years, and her son [[Femi]], who is a junior doctor at <<St Thomas'>> now."
        ),
    ),
    # Characters of set texts and famous people who share a student's name (must stay)
    (
        "must_stay",
        "sur:Finch",
        _k(
            "<<Atticus Finch>> defends <<Tom Robinson>> knowing he will lose. <<Scout>> learns from watching him. "
            "[[{F} {L}]] (yes, same surname as <<Atticus>>) played him in our reading."
        ),
    ),
    (
        "must_stay",
        "sur:Okonkwo",
        _k(
            "In Things Fall Apart, <<Okonkwo>> fears being like his father <<Unoka>>. [[{F} {L}]] argued that "
            "<<Okonkwo>>'s killing of <<Ikemefuna>> is the turning point; [[{O}]] said it was the exile."
        ),
    ),
    (
        "must_stay",
        "word:Daisy,sur:Baker",
        _k(
            "<<Daisy Buchanan>> and <<Jordan Baker>> are both careless, <<Nick>> says. Awkward, because our group "
            "is [[Daisy Baker]], [[{O}]] and me. [[Daisy]] did the close reading of chapter 7."
        ),
    ),
    (
        "must_stay",
        "word:Duncan",
        _k(
            "<<Lady Macbeth>> plans <<Duncan>>'s murder while <<Macbeth>> hesitates. [[Duncan]] ([[{L}]]) "
            "played King <<Duncan>> in the class reading and died very loudly."
        ),
    ),
    (
        "must_stay",
        "sur:Smith",
        _k(
            "An Inspector Calls: <<Sheila Birling>> is the first to accept responsibility for <<Eva Smith>>. [[{F} "
            "{L}]] pointed out that <<Eva Smith>> could be any working woman; [[{O}]] compared her to <<Daisy "
            "Renton>>."
        ),
    ),
    (
        "must_stay",
        "word:George",
        _k(
            "Of Mice and Men: <<George>> shoots <<Lennie>> to spare him. [[George]] (in our class) and [[{O}]] "
            "disagreed about whether <<George>> had a choice."
        ),
    ),
    (
        "must_stay",
        "word:Jane",
        _k(
            "'Reader, I married him.' <<Jane Eyre>> chooses <<Rochester>> on her own terms. [[Jane]] [[{L}]] "
            "wrote our introduction, which she found very funny."
        ),
    ),
    (
        "must_stay",
        "word:Kambili",
        _k(
            "Purple Hibiscus: <<Kambili>> barely speaks at first because of <<Papa Eugene>>. Our [[Kambili]] "
            "([[{L}]]) read the <<Aunty Ifeoma>> chapters aloud."
        ),
    ),
    (
        "must_stay",
        "word:Paikea,sur:Apirana",
        _k(
            "Whale Rider: <<Pai>> rides the whale like her ancestor <<Paikea>>, and <<Koro>> finally accepts her. "
            "[[Paikea]] [[{L}]] in our class goes by [[Pai]] too."
        ),
    ),
    (
        "must_stay",
        "sur:Parks",
        _k(
            "<<Rosa Parks>> refused to give up her seat in <<Montgomery>> in 1955. [[{F} {L}]] led our presentation "
            "on the boycott and [[{O}]] did the part on <<Martin Luther King Jr.>>"
        ),
    ),
    (
        "must_stay",
        "word:Malala",
        _k(
            "<<Malala Yousafzai>> spoke at the <<UN>> at 16. [[Malala]] (ours) chose her for the inspiring "
            "person project, obviously."
        ),
    ),
    (
        "must_stay",
        "",
        _k(
            "Cited: <<Kahneman>> (2011), <<Hardin>> (1968) on the tragedy of the commons, and <<Ostrom>> (1990). "
            "[[{F}]] found the <<Ostrom>> paper; [[{O}]] wrote the summary."
        ),
    ),
    (
        "must_stay",
        "sur:Franklin",
        _k(
            "<<Rosalind Franklin>>'s Photo 51 was shown to <<Watson>> without her permission. [[{F} {L}]] thinks she "
            "should have shared the <<Nobel Prize>>; [[{O}]] pointed out she had died by 1962."
        ),
    ),
    (
        "famous",
        "",
        _k("Our proof follows <<{FAM}>> closely. [[{F}]] wrote up the base case and [[{O}]] the inductive step."),
    ),
    # Initials, nicknames, possessives, punctuation, splits
    (
        "initials",
        "",
        _k(
            "Book review: <<C. S. Lewis>> wrote the Narnia books for children, but [[{I}. {L}]] and I think they work "
            "for adults too. <<J. R. R. Tolkien>> disagreed."
        ),
    ),
    (
        "initials",
        "",
        _k("Plate 3 grew <<E. coli>> colonies after 24 h. Initialled: [[{I}.{LI}.]] / [[{O[0]}.{OL[0]}.]]"),
    ),
    (
        "initials",
        "",
        _k("Essay on <<F. Scott Fitzgerald>>. Drafted by [[{F} {LI}.]], edited by [[{O} {OL[0]}.]]"),
    ),
    (
        "nickname",
        "nick:Theodore:Teddy",
        _k(
            "[[Teddy]] brought his <<teddy>> bear to test the parachute (it's the right mass, 200 g). [[Theo]] "
            "reckons his bear deserves a credit."
        ),
    ),
    (
        "nickname",
        "nick:Oluwatobi:Tobi",
        _k(
            "Thanks [[Tobi]] ([[Oluwatobi]] on the register, [[T]] to his mates) for fixing the <<Google Sheets>> formulas."
        ),
    ),
    (
        "possessive",
        "",
        _k(
            "We used the [[{L}]]s' greenhouse in <<Cheltenham>> for the tomato plants (thanks, [[{O}]], for asking "
            "your parents)."
        ),
    ),
    (
        "punctuation",
        "",
        _k("Group: me + [[{O}]] + [[{F}]]... (and [[{X}]]?? she never turned up)\nTopic: <<Chernobyl>>, 1986"),
    ),
    (
        "split",
        "",
        _k(
            "Lab report, Year 9\nby [[{F}]]\n[[{L}]] & [[{O}]]\n[[{OL}]]\nThe magnesium burned with a bright white "
            "light, as <<Davy>> described in 1808."
        ),
    ),
    (
        "split",
        "",
        _k("Thanks to [[{FA}-\n{FB}]] for timing the reaction and to [[{O}]] for the <<Le Chatelier>> section."),
    ),
]
HELD_OUT_P += _word_pairs(
    [
        (
            "word:Will",
            [
                "The <<will>> in source C left the farm to the eldest son, which is primogeniture.",
                "<<Will>> the ice melt faster in salt water? We predicted yes.",
            ],
        ),
        (
            "word:May",
            [
                "The <<May>> Fourth Movement began in <<Beijing>> in 1919.",
                "You <<may>> use a calculator in Paper 2.",
            ],
        ),
        ("word:June", ["The <<June>> solstice is the longest day in the northern hemisphere."]),
        (
            "word:Mark",
            [
                "The Deutsche <<Mark>> was replaced by the euro in 2002.",
                "<<Mark Antony>> speaks at <<Caesar>>'s funeral: 'Friends, Romans, countrymen'.",
            ],
        ),
        (
            "word:Grant",
            [
                "The lab is funded by a research <<grant>> from the <<Wellcome Trust>>.",
                "<<Ulysses S. Grant>> accepted <<Lee>>'s surrender at <<Appomattox>> in 1865.",
            ],
        ),
        (
            "sur:Lane",
            [
                "The cyclists need their own <<lane>> on the bridge.",
                "<<Lois Lane>> works at the <<Daily Planet>> with <<Clark Kent>>.",
            ],
        ),
        ("word:Hunter", ["The <<Hunter>> Valley in <<New South Wales>> is known for its wine."]),
        ("word:Joy", ["<<Beethoven>>'s 'Ode to <<Joy>>' is the anthem of the <<European Union>>."]),
        (
            "sur:Sterling",
            [
                "The pound <<sterling>> fell by 10% after the referendum.",
                "<<Sterling>> silver is 92.5% silver and 7.5% copper.",
            ],
        ),
        ("sur:Newton", ["<<Newton>>'s first law: an object stays at rest unless a resultant force acts on it."]),
        (
            "sur:Darwin",
            [
                "<<Darwin>>'s theory of natural selection explains the finches of the <<Galápagos>>.",
                "Cyclone <<Tracy>> destroyed most of <<Darwin>> on Christmas Day 1974.",
            ],
        ),
        (
            "nick:Victoria:Tori",
            [
                "<<Victoria>> has about 6.9 million people and its capital is <<Melbourne>>.",
                "<<Lake Victoria>> is a source of the <<White Nile>>.",
            ],
        ),
        (
            "word:Jordan",
            [
                "<<Jordan>> borders <<Syria>>, <<Iraq>> and <<Saudi Arabia>>.",
                "The River <<Jordan>> flows into the <<Dead Sea>>.",
            ],
        ),
        (
            "word:Georgia",
            [
                "<<Georgia>> was the last of the thirteen colonies, founded in 1732.",
                "<<Tbilisi>> is the capital of <<Georgia>>.",
            ],
        ),
        (
            "word:Paris",
            [
                "The Treaty of <<Paris>> (1783) ended the American War of Independence.",
                "In the Iliad, <<Paris>> takes <<Helen>> to <<Troy>>.",
            ],
        ),
        ("sur:Washington", ["<<Washington>> crossed the <<Delaware>> on Christmas night, 1776."]),
        ("word:Aroha", ["Our class values are manaakitanga and <<aroha>>."]),
    ]
)


# A seventeenth held-out set, written blind (without reading the anonymizer): exam-style short answers of one
# or two lines that mention a classmate, parent, sibling or teacher in passing; peer reviews and
# group-contribution tables (pipes, tabs, percentages); reflective journals with dated entries; science answers
# that name scientists (Newton, Curie, Mendel, Pascal, Ohm, Joule, Hooke, Bohr, Boyle, Faraday, Hertz)
# beside a student who shares the surname or given name; history answers with historical figures (Martin
# Luther, Nelson Mandela, Gandhi, Henry VIII, Harriet Tubman, Alexander the Great) beside students of the same
# name; literature answers with characters (George Milton, Atticus Finch, Sheila Birling, Daisy Buchanan,
# Elizabeth Bennet, Juliet, Ralph) beside students of the same name; coaches and sports stars; e-mails,
# phone numbers and home addresses inside sign-offs (public numbers and famous addresses stay); names in lower
# case, capitals, misspelt, as nicknames, initials in many shapes (J.D., jd, J-D, JD), possessives,
# hyphens and apostrophes; Yoruba, Igbo, Zulu, Tamil, Punjabi, Vietnamese, Korean, Turkish,
# Polish, Greek, Icelandic, Hawaiian, Quechua and Maori names, and short texts in Spanish, French, German,
# Portuguese, Italian, Polish, Turkish, Swahili and Vietnamese; student ids; usernames and
# handles; names split across lines; and roster names used as ordinary words (grant, bill, mark, faith, will,
# may, rose, sage, ray, dawn, sky, river, reed, hunter, baker, smith, mason, cook, penny, chase, frank). No new
# categories.
HELD_OUT_Q = [
    # Exam-style short answers that mention someone in passing
    (
        "plain",
        "",
        _k(
            "Q3 (2 marks). Diffusion is the net movement of particles from high to low concentration. [[{O}]] sprayed "
            "perfume at the front and I smelt it at the back."
        ),
    ),
    (
        "plain",
        "",
        _k(
            "1. Photosynthesis needs light, CO2 and water.\n2. My mum [[{X}]] grows tomatoes in a greenhouse, which "
            "keeps them warm so the enzymes work faster."
        ),
    ),
    (
        "plain",
        "",
        _k(
            "Answer: 3/8. Working: I drew a tree diagram like Mr [[{TI}]] showed us, then multiplied along the branches."
        ),
    ),
    (
        "plain",
        "",
        _k(
            "Short answer 4 - A food web shows every feeding link, a chain only one path. [[{F}]] (me) and [[{O}]] "
            "made one for the pond on <<Hampstead Heath>>."
        ),
    ),
    (
        "plain",
        "",
        _k(
            "Name: [[{F} {L}]]    Class: 10C    Date: 4/11\nQ1. A vaccine contains a dead or weakened pathogen so "
            "white blood cells make antibodies without you getting ill."
        ),
    ),
    # Peer reviews and group-contribution tables
    (
        "plain",
        "",
        _k(
            "Group contribution (must add to 100%)\n| Member | Task | % |\n|---|---|---|\n| [[{F} {L}]] | research, "
            "slides 1-4 | 35 |\n| [[{O} {OL}]] | survey, graphs | 40 |\n| [[{X}]] (exchange student) | script | 25 |"
        ),
    ),
    (
        "plain",
        "",
        _k(
            "Peer review form\nReviewer: [[{F}]]\tAuthor: [[{O}]]\nStrength: clear thesis about the <<Industrial "
            "Revolution>>.\nTarget: use more quotes from <<Engels>>."
        ),
    ),
    (
        "outsider",
        "",
        _k(
            "Contribution log\nWk1 - [[{F}]]: chose topic (<<Great Barrier Reef>>)\nWk2 - [[{O}]]: found sources\n"
            "Wk3 - [[{Y}]] (from the other class) helped with the map\nWk4 - all: rehearsal"
        ),
    ),
    (
        "plain",
        "",
        _k(
            "Peer assessment of [[{O} {OL}]] by [[{F} {L}]]: 4/5. Always came to meetings, but left the "
            "bibliography to the last night. Would work with [[{O}]] again."
        ),
    ),
    (
        "plain",
        "",
        _k(
            "Anonymous peer feedback (not anonymous, sorry, it's [[{f}]]): the poster on volcanoes was great but "
            "[[{O}]] you spelt <<Vesuvius>> wrong twice."
        ),
    ),
    # Reflective journals
    (
        "plain",
        "",
        _k(
            "Journal - Mon 3 March\nToday I finally understood moles. [[{O}]] explained it with eggs: a dozen is 12, a "
            "mole is 6.02 x 10^23. <<Avogadro>> would be proud.\n- [[{F}]]"
        ),
    ),
    (
        "outsider",
        "",
        _k(
            "Reflection week 6: I was nervous before the presentation. Nana [[{X}]] made me practise in front of the "
            "dog. In future I will start earlier and not leave it to [[{O}]] to finish the slides."
        ),
    ),
    (
        "outsider",
        "",
        _k(
            "Learning journal entry 9\nMy tutor ([[{X} {XL}]]) pointed out I keep mixing up mitosis and meiosis. "
            "Trick from [[{O}]]: meiosis makes 'me', a new person."
        ),
    ),
    # Science answers: scientists beside students who share the name
    (
        "must_stay",
        "sur:Newton",
        _k(
            "Q2. <<Newton>>'s third law: when I push the wall the wall pushes back equally. Tested by [[{F} {L}]] "
            "(no relation) on a skateboard."
        ),
    ),
    (
        "must_stay",
        "word:Marie,sur:Curie",
        _k(
            "<<Marie Curie>> discovered polonium and radium and won two <<Nobel>> prizes. Our [[Marie]] ([[{F} "
            "{L}]]) wants to be a nuclear physicist too."
        ),
    ),
    (
        "must_stay",
        "sur:Mendel",
        _k(
            "Punnett square answer: Tt x Tt gives 3 tall : 1 short, as <<Mendel>> found with peas. [[{L}]] and "
            "[[{O}]] crossed the fruit flies."
        ),
    ),
    (
        "must_stay",
        "word:Pascal",
        _k(
            "<<Pascal>>'s principle: pressure in a fluid is the same in all directions. [[Pascal]] showed it with a "
            "syringe and a balloon. (1 <<Pa>> = 1 N/m^2, named after <<Blaise Pascal>>.)"
        ),
    ),
    (
        "must_stay",
        "sur:Ohm",
        _k(
            "V = IR is <<Ohm>>'s law; resistance is measured in <<ohms>>. Lab partner: [[{F} {L}]] - yes, really, "
            "[[{L}]] measuring <<ohms>>."
        ),
    ),
    (
        "must_stay",
        "sur:Joule",
        _k(
            "Energy transferred = 2 kW x 30 s = 60 000 <<J>> (<<joules>>). <<James Joule>> showed heat and work are the "
            "same thing. - [[{F} {L}]]"
        ),
    ),
    (
        "must_stay",
        "sur:Hooke",
        _k(
            "The spring obeyed <<Hooke>>'s law up to 4 N, then passed the limit of proportionality. "
            "Readings taken by [[{F} {L}]] and [[{O}]]."
        ),
    ),
    (
        "must_stay",
        "word:Niels,sur:Bohr",
        _k(
            "In the <<Bohr>> model electrons orbit in fixed shells. [[Niels]] (our [[Niels]], not <<Niels Bohr>>) "
            "drew the shells for sodium: 2, 8, 1."
        ),
    ),
    (
        "must_stay",
        "word:Robert,sur:Boyle",
        _k(
            "<<Boyle>>'s law: pV is constant at fixed temperature. [[Rob {L}]] squeezed the syringe while I read the "
            "gauge. <<Robert Boyle>> did it with mercury and a J-tube."
        ),
    ),
    (
        "must_stay",
        "word:Michael,sur:Faraday",
        _k(
            "<<Faraday>> showed a moving magnet induces a current. [[Mike {L}]] moved the magnet faster and the "
            "needle moved further, just as <<Michael Faraday>> described."
        ),
    ),
    (
        "must_stay",
        "word:Gregor",
        _k(
            "[[Gregor]] says <<Gregor Mendel>> was a monk in <<Brno>>. True! [[Gregor]]'s own pea plants all died in "
            "the window though."
        ),
    ),
    (
        "famous",
        "sur:Hertz",
        _k(
            "Frequency is measured in <<hertz>> (<<Hz>>), after <<Heinrich Hertz>>. The tuning fork was 256 <<Hz>>. "
            "Results: [[{F} {L}]], [[{O} {OL}]]."
        ),
    ),
    (
        "famous",
        "",
        _k(
            "Presentation order: <<Rosalind Franklin>> ([[{F}]]), <<Alan Turing>> ([[{O}]]), <<Ada Lovelace>> "
            "([[{X}]], guest from Year 11)."
        ),
    ),
    (
        "famous",
        "word:Isaac",
        _k(
            "<<Isaac Newton>> was born in 1643, the year <<Galileo>> died. [[Isaac]] [[{L}]] was born in 2010 and "
            "wrote this answer."
        ),
    ),
    # History answers: historical figures beside students with the same name
    (
        "must_stay",
        "word:Martin,sur:Luther",
        _k(
            "Source A: <<Martin Luther>> nailed his 95 Theses to the door in <<Wittenberg>> in 1517. Answer by "
            "[[Martin {L}]] (yes I know)."
        ),
    ),
    (
        "must_stay",
        "word:Nelson",
        _k(
            "<<Nelson Mandela>> spent 27 years in prison, 18 of them on <<Robben Island>>. [[Nelson]] and [[{O}]] "
            "made the timeline; <<Nelson>>'s Column in London is a different <<Nelson>>."
        ),
    ),
    (
        "must_stay",
        "sur:Gandhi",
        _k(
            "The Salt March (1930) was led by <<Gandhi>> to protest the British salt tax. [[{F} {L}]] interviewed "
            "her grandfather, who remembers <<Indira Gandhi>>."
        ),
    ),
    (
        "must_stay",
        "word:Henry",
        _k(
            "Why did <<Henry VIII>> break with Rome? He wanted to annul his marriage to <<Catherine of Aragon>>. "
            "[[Henry]] thinks it was also about money from the monasteries."
        ),
    ),
    (
        "must_stay",
        "word:Harriet",
        _k(
            "<<Harriet Tubman>> led about 70 people to freedom on the <<Underground Railroad>>. [[Harriet]] [[{L}]] "
            "and [[{O}]] read her biography aloud."
        ),
    ),
    (
        "must_stay",
        "word:Alexander",
        _k(
            "<<Alexander the Great>> reached the <<Indus>> by 326 BC. [[Sasha]] ([[Alexander]] on the register) "
            "drew the map of his empire."
        ),
    ),
    # Literature answers: characters beside students with the same name
    (
        "must_stay",
        "word:George,sur:Milton",
        _k(
            "How does <<Steinbeck>> present <<George>>? <<George Milton>> protects <<Lennie>> but also resents him. "
            "Essay by [[George {L}]] - no relation to <<George>>!"
        ),
    ),
    (
        "must_stay",
        "sur:Finch",
        _k(
            "<<Atticus Finch>> tells <<Scout>> you never understand a person until you climb into their skin. "
            "[[{F} {L}]] and [[{O}]] acted the scene."
        ),
    ),
    (
        "must_stay",
        "word:Sheila,sur:Birling",
        _k(
            "<<Sheila Birling>> changes the most in <<An Inspector Calls>>. [[Sheila]] (me!) played <<Sheila>> in the "
            "class reading and [[{O}]] was the Inspector."
        ),
    ),
    (
        "must_stay",
        "word:Daisy",
        _k(
            "<<Daisy Buchanan>>'s voice is 'full of money', says <<Gatsby>>. [[Daisy]] [[{L}]] thinks <<Fitzgerald>> "
            "is unfair to <<Daisy>>."
        ),
    ),
    (
        "must_stay",
        "word:Elizabeth,sur:Bennet",
        _k(
            "<<Elizabeth Bennet>> first dislikes <<Darcy>> because of his pride. [[Lizzie]] ([[{F} {L}]], seat 14) "
            "argues <<Elizabeth>> is just as proud."
        ),
    ),
    (
        "must_stay",
        "word:Juliet",
        _k(
            "In Act 2 Scene 2 <<Juliet>> says 'that which we call a rose'. [[Juliet]] [[{L}]] read <<Juliet>>; "
            "[[{O}]] read <<Romeo>>."
        ),
    ),
    (
        "must_stay",
        "word:Ralph",
        _k(
            "<<Ralph>> uses the conch to call meetings; <<Jack>> wants to hunt. [[Ralph]] and [[{O}]] disagree about "
            "whether <<Piggy>> is the real leader."
        ),
    ),
    # Sports and coaches
    (
        "outsider",
        "",
        _k(
            "PE theory: my resting heart rate is 62 bpm. Coach [[{X}]] says it'll drop if I keep up the interval "
            "training with [[{O}]]."
        ),
    ),
    (
        "outsider",
        "sur:Williams",
        _k(
            "Case study: <<Serena Williams>> and the role of intrinsic motivation. My own coach, [[{X} {XL}]], "
            "uses the same goal-setting. - [[{F} {L}]]"
        ),
    ),
    (
        "outsider",
        "",
        _k(
            "Match report: we lost 2-1 to <<St Anne's>>. [[{O}]] scored from a corner. Coach [[{XL}]] subbed me off at "
            "half time for [[{Y}]], fair enough."
        ),
    ),
    (
        "famous",
        "word:Usain",
        _k(
            "<<Usain Bolt>> ran 100 m in 9.58 s, an average of 10.4 m/s. [[Usain]] in our class ran 13.1 s, "
            "average 7.6 m/s."
        ),
    ),
    # Parents, siblings and others not on the roster
    (
        "outsider",
        "",
        _k(
            "Homework was late because my little sister [[{X}]] was in hospital. My dad, [[{Y} {XL}]], can confirm. "
            "Sorry Ms [[{TI}]]."
        ),
    ),
    (
        "outsider",
        "",
        _k(
            "Interview for the oral history project with my great-aunt [[{X}]], born 1941 in <<Kingston>>, "
            "<<Jamaica>>, who came over on the <<Empire Windrush>>."
        ),
    ),
    (
        "outsider",
        "",
        _k(
            "Q5. A parent could help by checking homework. E.g. my stepmum [[{x}]] checks my spelling but not my maths."
        ),
    ),
    # E-mails, phones and addresses in sign-offs
    (
        "email",
        "",
        _k("Kind regards,\n[[{F} {L}]]\n[[{uf}.{u}{d}@gmail.com]]\nSent from my iPhone"),
    ),
    (
        "email",
        "",
        _k(
            "If the file doesn't open, email me at [[{u}{i}@hotmail.co.uk]] or my mum at [[{x}.{u}@outlook.com]]. "
            "Cheers, [[{F}]]"
        ),
    ),
    (
        "email",
        "",
        _k(
            "-- \n[[{F}]] | Year 12 | Student rep\n[[{uf}_{u}@school.example.org]] (please use "
            "<<admissions@school.example.org>> for general questions)"
        ),
    ),
    (
        "email",
        "",
        _k(
            "Extension request: please reply to [[{uf}{d}@icloud.com]] rather than my school account, which is full. "
            "Thanks, [[{F} {L}]]"
        ),
    ),
    (
        "email",
        "",
        _k("Contact for the <<Duke of Edinburgh>> expedition: [[{uf}.{u}]] (at) yahoo (dot) com - [[{f}]]"),
    ),
    (
        "phone",
        "",
        _k("Thanks for marking!\n[[{F}]] x\nmob: [[07{d}3 555 019]]\n(if no answer call home: [[020 7946 0{d}1]])"),
    ),
    (
        "phone",
        "",
        _k(
            "Field trip consent: parent [[{X} {XL}]], tel. [[+49 151 555 {d}27]]. In an emergency dial <<112>> "
            "(or <<999>> in the UK)."
        ),
    ),
    (
        "phone",
        "",
        _k(
            "For the survey, text YES to my number [[+1 (646) 555-01{d}]]. If you feel unsafe, call <<988>> or text "
            "<<741741>>. - [[{F} {L}]]"
        ),
    ),
    (
        "phone",
        "",
        _k("wa.me/[[6281255501{d}]] <- [[{f}]]'s whatsapp for the group, pls dont share"),
    ),
    (
        "phone",
        "",
        _k(
            "Childline is <<0800 1111>>, free and confidential - that was the answer to Q6. My own number is "
            "[[07700 900 {d}9]], [[{F}]]"
        ),
    ),
    (
        "address",
        "",
        _k(
            "Best wishes,\n[[{F} {L}]]\n[[Flat 2, 48 Rowan Terrace]]\nLeeds LS6 2AB\n\nP.S. the primary source is at "
            "<<Leeds Central Library>>."
        ),
    ),
    (
        "address",
        "sur:Baker",
        _k(
            "Sherlock lives at <<221B Baker Street>>. [[{F} {L}]] lives at [[9 Orchard Mews]], which is much less "
            "exciting."
        ),
    ),
    (
        "address",
        "",
        _k(
            "Please return my sketchbook to [[{F}]], [[1187 Maple Ridge Drive]], not to the art block on <<College "
            "Road>>."
        ),
    ),
    (
        "address",
        "",
        _k(
            "Mapping task: I plotted my route from home ([[Unit 5/31 Banksia Street]], <<Parramatta>>) to school along "
            "<<Church Street>>. 3.2 km."
        ),
    ),
    (
        "address",
        "",
        _k(
            "Geography fieldwork: noise levels outside <<10 Downing Street>> vs outside our house ([[62 Fernhill "
            "Gardens]]). Ours was louder (bin lorries)."
        ),
    ),
    # Student ids, usernames and handles
    (
        "student_id",
        "",
        _k("Candidate no. [[{SIDD}]] / centre no. <<54321>>\nQ1 (a) 4.5 cm (b) 45 mm"),
    ),
    (
        "student_id",
        "",
        _k("[[{sid}]]_bio_practical3_FINAL(2).docx - resubmitted because the first upload was [[{O}]]'s file"),
    ),
    (
        "student_id",
        "",
        _k("Student: [[{F} {L}]] ([[{SID0}]])\nModule: <<PHYS101>>\nWord count: 412"),
    ),
    (
        "student_id",
        "",
        _k("ID [[{SID}]] - exam re-sit, question 2 only. Room <<B204>>, seat 17."),
    ),
    (
        "student_id",
        "",
        _k("my login is [[{SIDD}]] but it says wrong password, can [[{O}]] submit for me?? - [[{f}]]"),
    ),
    (
        "url_handle",
        "",
        _k(
            "Portfolio: github.com/[[{uf}-{u}]] (the <<Flask>> app is in /quiz-app). Insta for the art stuff: "
            "@[[{uf}.draws]]"
        ),
    ),
    (
        "url_handle",
        "",
        _k("Discord for the study group: [[{uf}{d}]] - add me, and [[{o}_is_here]] is [[{O}]]'s account"),
    ),
    (
        "url_handle",
        "",
        _k(
            "Minecraft build of the <<Parthenon>> - server IP in the group chat, my username is [[xX{uf}Xx]], "
            "[[{O}]] built the columns"
        ),
    ),
    (
        "url_handle",
        "",
        _k("Replit link: replit.com/@[[{u}{i}]]/<<fizzbuzz>> (fork of [[{o}{d}]]'s version)"),
    ),
    (
        "url_handle",
        "",
        _k("My <<Chopin>> nocturne is on youtube.com/@[[{uf}{u}]] (unlisted), cheers [[{F}]]"),
    ),
    # Lower case and capitals
    (
        "lowercase",
        "",
        _k("q4: the mitochondria releases energy by respiration. me and [[{o}]] got this from the textbook p. 54"),
    ),
    (
        "lowercase",
        "",
        _k("thx [[{o}]] for the notes on <<stalin>>'s five year plans!! - [[{f} {l}]]"),
    ),
    (
        "lowercase",
        "",
        _k(
            "reflection: i think i did ok. [[{o} {ol}]] was off sick so i did the poster alone. next time ill ask "
            "mr [[{TI}]] for help sooner"
        ),
    ),
    (
        "lowercase",
        "sur:Newton",
        _k("<<newton>>s second law F=ma. 10 kg x 2 = 20 N. done by [[{f} {l}]], checked by [[{o}]]"),
    ),
    (
        "lowercase",
        "",
        _k("group: [[{f}]], [[{o}]] and [[{x}]] (shes in the other set)\ntopic: the <<black death>>, 1348"),
    ),
    (
        "lowercase",
        "word:Grace",
        _k("[[grace]] said the <<grace>> before the class meal in <<french>>: 'bénis ce repas'. it was nice"),
    ),
    (
        "allcaps",
        "",
        _k("NAME: [[{FU} {LU}]]\nFORM: 9R\nQ1. THE <<TUDORS>> RULED FROM 1485 TO 1603."),
    ),
    (
        "allcaps",
        "",
        _k("WELL DONE [[{OU}]]!!! BEST PRESENTATION ON <<CHERNOBYL>> THIS YEAR - FROM [[{FU}]]"),
    ),
    (
        "allcaps",
        "sur:Bohr",
        _k("TITLE: THE <<BOHR>> MODEL\nBY [[{FU} {LU}]] AND [[{OU}]]"),
    ),
    (
        "allcaps",
        "word:Will",
        _k("[[WILL]] <<WILL>> PRESENT FIRST, THEN [[{OU}]]. WE <<WILL>> NEED THE PROJECTOR."),
    ),
    # Misspellings
    (
        "misspelling",
        "word:Bartosz,sur:Wiśniewski",
        _k(
            "Partner: [[Bartek Wisniewsky]] ([[Bartosz]], sorry for the spelling). We titrated NaOH against HCl; "
            "[[Bartosz]] did the burette."
        ),
    ),
    (
        "misspelling",
        "word:Chidinma,sur:Okonkwo",
        _k(
            "Thanks [[Chidimma Okonko]] for the notes on <<Things Fall Apart>>. [[Chidi]] says <<Okonkwo>> is a tragic "
            "hero, I disagree."
        ),
    ),
    (
        "misspelling",
        "word:Saoirse,sur:Ní Bhriain",
        _k("Reviewer: [[Seersha]] (sorry, [[Saoirse Ni Brian]]). Grade suggested: B+. Good use of <<Yeats>>."),
    ),
    (
        "misspelling",
        "word:Stephen,sur:Hawkins",
        _k(
            "<<Stephen Hawking>> predicted black holes give off radiation. Not to be confused with [[Steven Hawkings]] "
            "in our class, who says he should get marks for the name."
        ),
    ),
    (
        "misspelling",
        "word:Anastasia,sur:Papadopoulos",
        _k(
            "[[Anastasia Papadopolous]] and I modelled the <<Parthenon>> in card. [[Ana]] did the columns, [[Papadopoulou]]'s "
            "mum cut the base."
        ),
    ),
    (
        "misspelling",
        "word:Krzysztof,sur:Zieliński",
        _k(
            "Lab partner: [[Krzystof Zielinksi]] ([[Krzys]]). Titration end point was pink, like <<phenolphthalein>> should."
        ),
    ),
    # Initials in many shapes
    (
        "initials",
        "",
        _k("Checked by [[{I}.{LI}.]] and [[{O[0]}.{OL[0]}.]] - the <<DNA>> model has 10 base pairs per turn."),
    ),
    (
        "initials",
        "",
        _k("marked out of 20 - 17. comments from [[{i}{l[0]}]]: need more on <<Keynes>>"),
    ),
    (
        "initials",
        "",
        _k("Essay plan ([[{I}-{LI}]])\nIntro - <<T. S. Eliot>> and <<The Waste Land>>\nPara 1 - fragmentation"),
    ),
    (
        "initials",
        "",
        _k("Group 4: [[{I}. {L}]], [[{O[0]}. {OL}]], [[{X[0]}.]] (guest)\nResult: <<U.S.>> GDP grew 2.5% in 2023."),
    ),
    (
        "initials",
        "",
        _k("<<J. K. Rowling>> wrote the first draft in cafés. So did [[{I}.{LI}.]] (this essay)."),
    ),
    (
        "initials",
        "",
        _k("sig: [[{I}{LI}]] {d}/03 — verified the <<HMS Beagle>> dates against the museum plaque"),
    ),
    # Nicknames
    (
        "nickname",
        "nick:Francisco:Paco",
        _k(
            "[[Paco]] ([[Francisco {L}]]) brought <<paella>> for the Spain project. <<San Francisco>> was founded by the Spanish in 1776."
        ),
    ),
    (
        "nickname",
        "nick:Yekaterina:Katya",
        _k(
            "Presentation on <<Catherine the Great>> by [[Katya]] [[{L}]]. Fun fact: [[Katya]]'s real name is also [[Yekaterina]]."
        ),
    ),
    (
        "nickname",
        "nick:Siddharth:Sid",
        _k("[[Sid]] wrote about <<Siddhartha Gautama>> (the Buddha). [[Siddharth]]'s ID is [[{SID}]]."),
    ),
    (
        "nickname",
        "nick:Margaret:Peggy",
        _k(
            "[[Peggy]] (officially [[Margaret]]) compared <<Margaret Thatcher>> and <<Margaret Atwood>> for her speech."
        ),
    ),
    (
        "nickname",
        "nick:Guadalupe:Lupe",
        _k("Thanks [[Lupe]] for teaching us about <<Día de los Muertos>>. [[Lupita]]'s abuela made the pan de muerto."),
    ),
    (
        "nickname",
        "nick:Nkosinathi:Nathi",
        _k("Peer review: [[Nathi]] your essay on <<Soweto>> 1976 was powerful. - [[{O}]]\n(For [[Nkosinathi {L}]])"),
    ),
    # Possessives, hyphens, apostrophes, compound surnames
    (
        "possessive",
        "",
        _k("[[{F}]]’s graph had no units; [[{O}]]’s had no title. Both used <<Excel>>."),
    ),
    (
        "possessive",
        "",
        _k("We met at the [[{L}]]s' house because [[{O}]]s mum was working. Topic: <<Hadrian's Wall>>."),
    ),
    (
        "possessive",
        "sur:Curie",
        _k("The [[{L}]]s' cat knocked over our model of <<Curie>>'s lab. [[{F}]]'s fault for leaving it on the floor."),
    ),
    (
        "possessive",
        "",
        _k("Q9: the narrator's voice is unreliable (cf. <<Holden>>'s). Idea came from [[{O}]]'s margin notes."),
    ),
    (
        "compound",
        "word:Gabriel,sur:García Márquez",
        _k(
            "Book report on <<Cien años de soledad>> by <<Gabriel García Márquez>>, written by [[Gabriel {L}]] (my "
            "grandmother named me after him)."
        ),
    ),
    (
        "compound",
        "word:Jean-Luc,sur:de la Roche",
        _k(
            '[[Jean-Luc de la Roche]] ("[[J-L]]") did the French part. [[De la Roche]] also knows <<La Rochelle>> well.'
        ),
    ),
    (
        "compound",
        "word:Mary-Kate,sur:O'Sullivan-Hughes",
        _k(
            "By [[Mary-Kate O'Sullivan-Hughes]]. ([[M-K]], [[O'S-H]] on the register.) Essay on <<Ted Hughes>>' poem 'Hawk Roosting'."
        ),
    ),
    (
        "compound",
        "word:Pieter,sur:van der Merwe",
        _k(
            "[[Pieter]] [[v.d. Merwe]] compared <<van Gogh>> and <<Vermeer>>. [[Van der Merwe]]'s slides were the best."
        ),
    ),
    (
        "compound",
        "word:Kawika,sur:Kealoha-Nakamura",
        _k(
            "[[Kawika Kealoha-Nakamura]] presented on <<Kīlauea>>. [[Kealoha]] says his uncle works at the <<Hawaiian Volcano Observatory>>."
        ),
    ),
    # Punctuation and names split across lines
    (
        "punctuation",
        "",
        _k("Who did what?? [[{F}]]-slides; [[{O}]]-script; [[{X}]]/[[{Y}]]-nothing (not in our class anyway)"),
    ),
    (
        "punctuation",
        "",
        _k('"[[{O}]]!" shouted Mr [[{TI}]]. (That\'s from my narrative, based on the <<Titanic>>.)'),
    ),
    (
        "punctuation",
        "",
        _k("—[[{F}]]—\n*[[{O}]]*\n_[[{L}]]_\n(the three of us did the <<Hiroshima>> timeline)"),
    ),
    (
        "split",
        "",
        _k(
            "Answer written by [[{F}]]\n[[{L}]], checked by\n[[{O}]]. <<Kepler>>'s third law: T^2 is proportional to r^3."
        ),
    ),
    (
        "split",
        "",
        _k("Partner: [[{LA}-\n{LB}]] (and <<{FAM}>>, in spirit). Proof by induction on n."),
    ),
    (
        "split",
        "",
        _k("Reviewed\nby\n[[{F}]]\n[[{L}]]\n\n<<Boudicca>> led the revolt in AD 60."),
    ),
    # Names and texts of other cultures and languages
    (
        "non_english",
        "word:Oluwaseyi,sur:Adebayo",
        _k(
            "Group members: [[Oluwaseyi Adebayo]] ([[Seyi]]), [[{O}]]. We studied <<Wole Soyinka>>'s play and the "
            "<<Yoruba>> festival of <<Egungun>>."
        ),
    ),
    (
        "non_english",
        "word:Thandiwe,sur:Dlamini",
        _k(
            "[[Thandiwe]] [[Dlamini]] interviewed her gogo about <<Apartheid>>. [[Thandi]]'s gogo lived in <<Sophiatown>>."
        ),
    ),
    (
        "non_english",
        "word:Karthik,sur:Subramanian",
        _k(
            "Reflection: [[Karthik S.]] and I built the <<Arduino>> circuit. [[Subramanian]] is long so we call him "
            "[[Subbu]]. Named after <<Kartikeya>>, he says."
        ),
    ),
    (
        "non_english",
        "word:Harpreet,sur:Kaur",
        _k("<<Guru Nanak>> founded Sikhism. [[Harpreet Kaur]] explained that <<Kaur>> is given to all Sikh women."),
    ),
    (
        "non_english",
        "word:Thảo,sur:Trần",
        _k("Nhóm 3: [[Trần Thị Thảo]], [[{O}]]. Chủ đề: <<Hồ Chí Minh>> và <<Điện Biên Phủ>>. [[Thảo]] viết phần kết."),
    ),
    (
        "non_english",
        "word:Ji-woo,sur:Park",
        _k(
            "Speech on <<King Sejong>> and <<Hangul>> by [[Park Ji-woo]] ([[박지우]]). [[Jiwoo]] wrote her name in Hangul on the slide."
        ),
    ),
    (
        "non_english",
        "word:Zeynep,sur:Yılmaz",
        _k("Ödev: <<Atatürk>> ve Cumhuriyet. Hazırlayan: [[Zeynep Yılmaz]]. [[Zeynep]]'in annesi [[{X}]] yardım etti."),
    ),
    (
        "non_english",
        "word:Sigríður,sur:Jónsdóttir",
        _k("[[Sigríður Jónsdóttir]] ([[Sigga]]) wrote about <<Eyjafjallajökull>>. Her father [[Jón]] is a pilot."),
    ),
    (
        "non_english",
        "word:Wiremu,sur:Ngata",
        _k(
            "Pepeha: Ko <<Hikurangi>> te maunga, ko <<Waiapu>> te awa, ko [[Wiremu Ngata]] tōku ingoa. ([[Wiremu]], Year 10)"
        ),
    ),
    (
        "non_english",
        "word:Inti,sur:Quispe",
        _k("[[Inti Quispe]] explicó el <<Inti Raymi>>, la fiesta del Sol en <<Cusco>>. Compañera: [[{O}]]."),
    ),
    (
        "non_english",
        "",
        _k(
            "Trabajo de [[{F} {L}]] y [[{O}]]. <<Mendel>> cruzó guisantes en 1856. Mi madre, [[{X}]], me ayudó con las tablas."
        ),
    ),
    (
        "non_english",
        "",
        _k("Exposé sur <<Marie Curie>> par [[{F}]] et [[{O} {OL}]]. Merci à Mme [[{TI}]] et à ma sœur [[{X}]]."),
    ),
    (
        "non_english",
        "",
        _k("Referat über <<Goethe>> von [[{F} {L}]]. Mein Partner [[{O}]] hat den <<Faust>> zusammengefasst."),
    ),
    (
        "non_english",
        "",
        _k("Trabalho feito por [[{F}]] e [[{O}]], com ajuda do meu avô [[{X}]]. Tema: <<Santos Dumont>> e o 14-bis."),
    ),
    (
        "non_english",
        "",
        _k("Relazione di [[{F} {L}]] su <<Galileo Galilei>>. Grazie a [[{O}]] per le foto di <<Pisa>>."),
    ),
    (
        "non_english",
        "word:Małgorzata,sur:Nowak",
        _k(
            "Praca [[Małgorzaty Nowak]] o <<Mikołaju Koperniku>>. Dziękuję [[Gosi]] i [[{O}]]. <<Kopernik>> urodził się w <<Toruniu>>."
        ),
    ),
    (
        "non_english",
        "word:Baraka,sur:Otieno",
        _k(
            "Insha ya [[Baraka Otieno]]: <<Mlima Kilimanjaro>> ni mrefu zaidi Afrika. [[Baraka]] ni jina langu, maana yake ni <<baraka>>."
        ),
    ),
    # Roster name-words used as names (and the same word as a word beside them)
    (
        "wordname",
        "word:Hunter",
        _k("[[Hunter]] wrote about <<hunter>>-gatherers in the <<Stone Age>>. [[Hunter]]'s model spear was great."),
    ),
    (
        "wordname",
        "word:Sage",
        _k("[[Sage]] grew <<sage>>, mint and basil for the transpiration experiment; [[{O}]] weighed the pots."),
    ),
    (
        "wordname",
        "word:River",
        _k("[[River]] [[{L}]] measured the <<river>>'s velocity with an orange and a stopwatch. [[River]] got wet."),
    ),
    (
        "wordname",
        "word:Sky",
        _k("Why is the <<sky>> blue? [[Sky]] and [[{O}]] say <<Rayleigh>> scattering. Correct!"),
    ),
    (
        "wordname",
        "word:Dawn",
        _k("[[Dawn]] photographed the <<dawn>> chorus at 5 a.m. for the ecology task; [[Dawn]]'s mum drove."),
    ),
    (
        "wordname",
        "word:Ray",
        _k("Ray diagram drawn by [[Ray]]: the <<ray>> through the centre goes straight on. [[Ray]] used a ruler."),
    ),
    (
        "wordname",
        "word:Reed",
        _k(
            "[[Reed]] [[{L}]] says the <<reed>> warbler lays eggs only for the cuckoo to trick it. Source from [[Reed]]'s bird book."
        ),
    ),
    (
        "wordname",
        "word:Faith",
        _k("RE answer by [[Faith]]: <<faith>> means trust without proof. [[Faith]] and [[{O}]] interviewed the vicar."),
    ),
    (
        "wordname",
        "word:Grant",
        _k(
            "[[Grant]] applied for a <<grant>> from the <<Royal Society>> for the school weather station. Go [[Grant]]!"
        ),
    ),
    (
        "wordname",
        "word:Chase",
        _k("[[Chase]] wrote the car <<chase>> scene in our film. [[{O}]] filmed it on <<Brighton>> seafront."),
    ),
]
HELD_OUT_Q += _word_pairs(
    [
        (
            "word:Grant",
            ["The <<Homestead Act>> of 1862 would <<grant>> 160 acres to settlers. [[{F}]] answered this one."],
        ),
        (
            "word:Bill",
            [
                "A <<bill>> becomes an Act after <<Royal Assent>>. The <<Bill>> of Rights (1689) limited the monarch.",
            ],
        ),
        ("word:Mark", ["Q2 [3 <<marks>>]: <<mark>> the isotope on the diagram. A question <<mark>> means unsure."]),
        ("word:Faith", ["<<Martin Luther>> taught justification by <<faith>> alone. Answer from [[{F} {L}]]."]),
        (
            "word:Will",
            [
                "Free <<will>>: <<Kant>> says we act morally through good <<will>>. I <<will>> revise this.",
            ],
        ),
        (
            "word:May",
            [
                "The <<Mayflower>> sailed in 1620. In <<May>> 1945 the war in Europe ended. You <<may>> use a calculator."
            ],
        ),
        (
            "word:Rose",
            [
                "The <<Wars of the Roses>>: red <<rose>> for <<Lancaster>>, white for <<York>>. Prices <<rose>> after 1485."
            ],
        ),
        ("word:Ray", ["An X-<<ray>> can show a fracture. A <<ray>> of light refracts towards the normal."]),
        ("word:Dawn", ["At <<dawn>> on 6 June 1944 the Allies landed on <<Omaha Beach>>."]),
        ("word:Sky", ["The night <<sky>> shows <<Orion>> in winter; [[{O}]] spotted <<Betelgeuse>>."]),
        (
            "word:River",
            ["The <<River Nile>> floods each year, making the soil fertile. A <<river>> delta forms at the mouth."],
        ),
        ("word:Reed", ["The pharaohs wrote on papyrus, a <<reed>> from the Nile. <<Reed>> beds filter pollution."]),
        ("sur:Baker", ["A <<baker>> in 1750 worked from 3 a.m.; the guild controlled the price of bread."]),
        (
            "sur:Smith",
            [
                "The village <<smith>> made horseshoes and nails. <<Adam Smith>> wrote <<The Wealth of Nations>> in 1776.",
                "Job: <<blacksmith>> -> <<smith>> hammers iron on an anvil. (Q from [[{O}]].)",
            ],
        ),
        (
            "sur:Mason",
            ["A medieval <<mason>> cut the stone for the cathedral; the master <<mason>> was the architect."],
        ),
        (
            "sur:Cook",
            ["<<Captain Cook>> reached <<Botany Bay>> in 1770. The ship's <<cook>> served sauerkraut against scurvy."],
        ),
        (
            "word:Frank",
            ["<<Anne Frank>> hid in <<Amsterdam>>. To be <<frank>>, my source analysis was weak. - [[{F}]]"],
        ),
        ("word:Penny", ["The <<Penny Black>> was the first stamp (1840), costing one <<penny>>."]),
        ("word:Art", ["<<Art Nouveau>> used curved lines; <<Gustav Klimt>> was part of the <<Vienna Secession>>."]),
        ("word:Joy", ["<<Beethoven>>'s Ninth ends with the 'Ode to <<Joy>>'. Answer by [[{F} {L}]]."]),
    ]
)


# An eighteenth held-out set, written blind (without reading the anonymizer): speech-to-text transcripts in
# lower case without punctuation; names spelt letter by letter, phonetically or mis-captioned; apostrophes and
# hyphens (O'Brien, D'Arcy, Smith-Jones, O'Donnell-Reyes) and their possessives; students writing about
# themselves in the third person; reference letters and witness statements; mitigating-circumstances and
# accessibility notes naming doctors, therapists and carers; group-work logs with @mentions, timestamps and
# roles; code comments, docstrings, commit headers and trailers (Author, Co-authored-by), package.json, pandas
# and HTML; bibliographies citing classmates' unpublished work beside published authors; titles (Dr., Prof.,
# Ms., Mme, Rev.) before students, instructors, outsiders and real professors; names in Cyrillic, Chinese,
# Japanese, Korean, Arabic, Greek, Hindi and Georgian beside their transliterations; names glued to
# emoji and hashtags; OCR damage; one-line texts and long essays, journals and forum threads; and roster
# names that are programming, science and eponym terms (Julia, Ruby, Cassandra, Jenkins, Swift, Kafka,
# Dijkstra, Markov, Bloom, Church, Curry, Nash, Floyd, Hamilton, Gauss, Knuth, Poisson, Hall, Fisher,
# McCarthy, Taylor), crypto's Alice and Eve, voice assistants (Siri), weekday, month and season
# words (Sunday, March, May, Winter), places and brands (Orlando, India, Kenya, Brooklyn, Berlin,
# London, Ferrari, Mercedes). New categories: spelled, third_person, letter, medical,
# log, code, citation, title, script, emoji, short, long.
HELD_OUT_R = [
    # Speech-to-text transcripts: lower case, no punctuation
    (
        "lowercase",
        "",
        _k(
            "transcript auto generated\nhi my name is [[{f} {l}]] and this is my video reflection for week five so um "
            "this week we did hash tables and i worked with [[{o}]] who honestly carried the collision part"
        ),
    ),
    (
        "lowercase",
        "word:Will",
        _k(
            "ok its recording so this is [[will]] and i <<will>> explain the stack um so when you push it goes on top "
            "and when you pop it comes off and then [[{o}]] <<will>> do the queue part"
        ),
    ),
    (
        "lowercase",
        "sur:Fisher",
        _k(
            "so for the shuffle we used <<fisher>> <<yates>> where you swap each element with a random earlier one "
            "and thats me by the way [[{f} {l}]] like the <<fisher>> in the algorithm but no relation"
        ),
    ),
    (
        "lowercase",
        "word:Julia",
        _k(
            "um so we wrote it in <<julia>> because [[julia]] insisted haha and <<julia>> is really fast for "
            "matrices [[{o}]] wanted <<python>> but we outvoted him"
        ),
    ),
    (
        "lowercase",
        "",
        _k(
            "speaker 1 so [[{o}]] do you want to start\nspeaker 2 yeah so <<dijkstra>> picks the closest unvisited "
            "node every time\nspeaker 1 and it breaks with negative edges right\nspeaker 2 yeah thats why "
            "<<bellman>> <<ford>> exists\nspeaker 1 cool im [[{f}]] for the recording"
        ),
    ),
    (
        "lowercase",
        "",
        _k(
            "thank you for listening thats the end of our presentation on the french revolution if you have "
            "questions ask [[{o}]] because i [[{f}]] only did the part about <<robespierre>> and <<marie antoinette>>"
        ),
    ),
    (
        "lowercase",
        "word:Mercedes",
        _k(
            "so my name is [[mercedes]] like the car but im not a car and my project compares the battery range of "
            "<<tesla>> and <<mercedes>> electric cars"
        ),
    ),
    (
        "lowercase",
        "",
        _k(
            "00:01:12 interviewer could you state your name\n00:01:15 [[{f}]] uh yeah [[{f} {l}]]\n00:01:18 "
            "interviewer and your course\n00:01:20 [[{f}]] second year computer science at <<leeds>>"
        ),
    ),
    (
        "lowercase",
        "word:Amber",
        _k(
            "the led goes from green to <<amber>> to red like a traffic light [[amber]] wired the resistors and i "
            "wrote the <<arduino>> code"
        ),
    ),
    # Names spelt letter by letter, phonetically, or mis-captioned
    (
        "spelled",
        "word:Niamh,sur:Ó Dálaigh",
        _k(
            "hi its [[niamh]] thats [[n-i-a-m-h]] not [[neve]], the system has me as [[Niamh Ó Dálaigh]] and my mark "
            "for lab 4 is missing"
        ),
    ),
    (
        "spelled",
        "word:Faith",
        _k("my name is [[faith]] [[f-a-i-t-h]] like <<faith>> in god, and my partner for the <<sql>> lab was [[{o}]]"),
    ),
    (
        "spelled",
        "sur:Kowalczyk",
        _k(
            "Surname is spelt [[K-O-W-A-L-C-Z-Y-K]], please correct it on the certificate: it currently says "
            "[[Kowalcik]]. - [[{F}]]"
        ),
    ),
    (
        "spelled",
        "sur:O'Brien",
        _k(
            "for the record my surname is [[o]] apostrophe [[b r i e n]] and the autograder strips the apostrophe so "
            "it shows up as [[obrien]]"
        ),
    ),
    (
        "spelled",
        "word:Tadhg,sur:Mac Giolla",
        _k(
            "Presenter: [[Tadhg]] (rhymes with tiger without the r; spelt [[T.A.D.H.G.]]). Topic: <<George Boole>> "
            "at <<Queen's College Cork>>."
        ),
    ),
    (
        "spelled",
        "word:Gráinne,sur:Ní Mhurchú",
        _k(
            "[[grainne]] spelled [[g r a i n n e]] with a fada on the a, i know nobody can say it, its [[grawn-ya]]. "
            "anyway the <<big o>> of this is n log n"
        ),
    ),
    (
        "spelled",
        "word:Phoebe,sur:Lindgren",
        _k(
            "okay so the captions keep writing my name wrong its [[phoebe]] [[p h o e b e]] and my surname is "
            "[[lindgren]] [[l i n d g r e n]]"
        ),
    ),
    # Apostrophes, hyphens and their possessives
    (
        "possessive",
        "sur:O'Brien",
        _k(
            "[[{L}]]'s proof of the loop invariant is cleaner than mine; [[{O}]]'s uses strong induction. Both cite "
            "<<Hoare>>'s 1969 paper."
        ),
    ),
    (
        "compound",
        "sur:Smith-Jones",
        _k(
            "Data came from the [[Smith-Joneses]]' weather station in their garden; [[{F}]] set up the logger. "
            "<<Met Office>> data for comparison. ([[SmithJones]] on Teams, if you need the csv.)"
        ),
    ),
    (
        "compound",
        "sur:D'Arcy",
        _k(
            "<<Darcy>>'s law describes flow through porous media. Not to be confused with [[{F} {L}]] ([[D'Arcy]], "
            "with the apostrophe), who measured the permeability of the sand."
        ),
    ),
    (
        "possessive",
        "sur:Jones",
        _k(
            "[[Jones]]' and [[{O}]]'s results disagree with <<Joule>>'s by 3 %. (The [[Joneses]]' kettle was used "
            "for the heating, sorry.)"
        ),
    ),
    (
        "compound",
        "word:Anne-Sophie,sur:Lefèvre-Martin",
        _k(
            "[[Anne-Sophie Lefèvre-Martin]] ([[A-S]], [[aslm]] on Git) wrote the <<Levenshtein>> distance function. "
            "[[Lefevre-Martin]] is too long for the header, so it says [[A. Lefevre]]."
        ),
    ),
    (
        "compound",
        "sur:O'Donnell-Reyes",
        _k(
            "Contributions: [[O'Donnell-Reyes]] (front end), [[{O}]] (database), [[{X}]] (mockups, not enrolled). "
            "Stack: <<React>>, <<PostgreSQL>>."
        ),
    ),
    (
        "compound",
        "word:Mary-Jo,sur:St. John",
        _k(
            "Report by [[Mary-Jo St. John]] ([[MJ]]), fieldwork at <<St John's College>> gardens. [[St. John]]'s "
            "quadrat counts are in table 2."
        ),
    ),
    (
        "possessive",
        "sur:Ng",
        _k(
            "[[Ng]]'s notes (our [[Ng]], not <<Andrew Ng>>'s course) explain gradient descent better than the "
            "lecture did."
        ),
    ),
    # Students writing about themselves in the third person
    (
        "third_person",
        "",
        _k(
            "[[{F}]] would like to request an extension. [[{F}]] has had three deadlines this week and [[{F}]]'s "
            "laptop died. Thank you. (This is [[{F}]] writing, I know it's weird.)"
        ),
    ),
    (
        "third_person",
        "word:Summer",
        _k(
            "Self-assessment: [[Summer]] feels she understood recursion by the end of <<summer>> term. [[Summer]] "
            "still struggles with pointers."
        ),
    ),
    (
        "third_person",
        "",
        _k(
            "Bio for the poster session: [[{F} {L}]] is a second-year student who likes graphs, both kinds. When not "
            "debugging, [[{L}]] plays bass in a band with [[{X}]]."
        ),
    ),
    (
        "third_person",
        "nick",
        _k(
            "[[{N}]] did the research, [[{N}]] did the slides, [[{N}]] did the references. Guess who [[{N}]] is. "
            "(Me. [[{F} {L}]].)"
        ),
    ),
    (
        "third_person",
        "word:Hope",
        _k(
            "Reflection, written in the third person as asked: [[Hope]] began the module with little <<hope>> of "
            "passing statistics. By week 8 [[Hope]] could run a t-test in <<R>>."
        ),
    ),
    (
        "third_person",
        "",
        _k("the author ([[{f}]]) acknowledges that the author's roommate ([[{x}]]) proofread this essay"),
    ),
    # Reference letters and statements
    (
        "letter",
        "",
        _k(
            "Reference letter (uploaded for the placement module)\n\nTo whom it may concern,\n\nI have known [[{F} "
            "{L}]] for two years as [[{F}]]'s tutor at <<Bristol>>. [[{F}]] is diligent and kind.\n\nYours "
            "faithfully,\nDr [[{X} {XL}]]\nSchool of Computer Science"
        ),
    ),
    (
        "letter",
        "word:Grace",
        _k(
            "Reference for [[Grace {L}]] (summer placement)\n[[Grace]] handles pressure with real <<grace>>. She cites "
            "<<Grace Hopper>> as her inspiration and debugged our till system in a day.\n[[{X} {XL}]], store manager, "
            "<<Tesco>> Extra"
        ),
    ),
    (
        "letter",
        "",
        _k(
            "Dear Prof. [[{TI}]],\nCould you write me a reference for the <<Google>> STEP internship? You taught me "
            "<<CS201>> in <<Spring>> 2025 (I sat next to [[{O}]]). My student number is [[{SID}]].\nBest,\n[[{F} {L}]]"
        ),
    ),
    (
        "letter",
        "",
        _k(
            "Witness statement (academic misconduct hearing)\nI, [[{X} {XL}]], live with [[{F} {L}]] at [[14 "
            "Abbotsford Road]]. I saw [[{F}]] write the code on the evenings of 3-5 March.\nSigned: [[{X[0]}. {XL}]]"
        ),
    ),
    # Medical and accessibility notes
    (
        "medical",
        "",
        _k(
            "Mitigating circumstances form\nStudent: [[{F} {L}]] ([[{SID}]])\nI was admitted to <<St James's "
            "University Hospital>> on 12 Nov with appendicitis. Letter from Dr [[{XL}]] attached. [[{O}]] presented "
            "our part."
        ),
    ),
    (
        "medical",
        "",
        _k(
            "Accessibility note for the exam office: [[{F}]] has dyspraxia and uses a laptop; assessed by Dr. [[{X} "
            "{XL}]] (educational psychologist). Please seat [[{F}]] near the door."
        ),
    ),
    (
        "medical",
        "word:Hazel",
        _k(
            "Sorry the lab report is late - [[Hazel]] here. I had an allergic reaction to <<hazel>> pollen (yes, "
            "really) and my GP, Dr [[{XL}]], told me to stay home."
        ),
    ),
    (
        "medical",
        "",
        _k(
            "my therapist ([[{x}]]) suggested i tell you i have adhd so if my answers jump around thats why. ill try "
            "to stick to <<kruskal>> this time"
        ),
    ),
    (
        "medical",
        "sur:Parkinson",
        _k(
            "Our case study is <<Parkinson>>'s disease, named after <<James Parkinson>> (1817). Poster by [[{F} "
            "{L}]] and [[{O}]]; [[{L}]] did the dopamine pathway."
        ),
    ),
    (
        "medical",
        "",
        _k(
            "Reasonable adjustment plan (<<Disability Services>>)\nName: [[{L}, {F}]]\nCondition: visual impairment\n"
            "Adviser: [[{X} {XL}]]\nAdjustments: 25 % extra time, <<Arial>> 16 pt papers"
        ),
    ),
    # Group-work logs: @mentions, timestamps, roles
    (
        "log",
        "",
        _k(
            "[09:14] @[[{uf}]] joined #team-4\n[09:15] @[[{o}]]: who's doing the <<Kafka>> consumer?\n[09:17] "
            "@[[{uf}]]: me, in <<Python>>\n[09:20] @[[{o}]] made @[[{uf}]] scrum master"
        ),
    ),
    (
        "log",
        "sur:Kafka",
        _k(
            "Sprint 3 retro\n- [[{F} {L}]] (PO): <<Kafka>> topics set up, consumer lag fixed\n- [[{O}]] (dev): says "
            "our ticket queue is like <<Kafka>>'s <<The Trial>>\n- [[{L}]] will tidy the <<Jira>> board"
        ),
    ),
    (
        "log",
        "",
        _k(
            "Minutes 14/10, 16:00-16:45, <<Zoom>>\nPresent: [[{F}]] (chair), [[{O} {OL}]] (notes), [[{X}]] (guest from "
            "<<Siemens>>)\nAction: [[{I}{LI}]] to e-mail [[{X}]] the <<UML>> diagrams"
        ),
    ),
    (
        "log",
        "",
        _k(
            "$ git shortlog -sn\n    42  [[{F} {L}]]\n    17  [[{O} {OL}]]\n     3  dependabot[bot]\n     1  "
            "<<GitHub Actions>>"
        ),
    ),
    (
        "log",
        "",
        _k(
            "Role sheet\nFacilitator - [[{O}]]\nScribe - me ([[{F}]])\nDevil's advocate - [[{X}]] (<<Erasmus>> "
            "student, not on Moodle)\nTimekeeper - [[{Y}]]"
        ),
    ),
    (
        "log",
        "",
        _k(
            "Standup (Tue)\n@[[{F}]] yesterday: tests for the <<Bloom>> filter; today: false-positive rate; blockers: "
            "none\n@[[{O}]] yesterday: off sick; today: <<Redis>> cache"
        ),
    ),
    # Code: comments, docstrings, author tags, commit trailers
    (
        "code",
        "",
        _k(
            'def dijkstra(graph, source):\n    """Shortest paths from source (<<Dijkstra>>, 1959).\n\n    Author: '
            '[[{F} {L}]] <[[{uf}.{u}@student.example.ac.uk]]>\n    Reviewed-by: [[{O}]]\n    """'
        ),
    ),
    (
        "code",
        "",
        _k(
            "commit 3f9a2c1\nAuthor: [[{F} {L}]] <[[{uf}{d}@users.noreply.github.com]]>\n\n    Fix off-by-one in "
            "binary search\n\n    Co-authored-by: [[{O} {OL}]] <[[{o}@example.edu]]>"
        ),
    ),
    (
        "code",
        "word:Ruby",
        _k(
            "# TODO([[ruby]]): port this to <<Ruby>> once the <<Python>> tests pass; [[{o}]] says <<Ruby>> hashes "
            "keep insertion order too"
        ),
    ),
    (
        "code",
        "word:Julia,sur:Newton",
        _k(
            "# newton.jl - <<Newton>>'s method in <<Julia>>\n# [[Julia {L}]], numerical methods, week 4\nfunction "
            "newton(f, df, x0; tol=1e-8)"
        ),
    ),
    (
        "code",
        "word:Pascal",
        _k(
            "program Hello;\n{{ written by [[Pascal {L}]] for the history-of-languages talk }}\nbegin\n  writeln('Hello "
            "from <<Pascal>>, named after <<Blaise Pascal>>')\nend."
        ),
    ),
    (
        "code",
        "",
        _k(
            "<!-- portfolio of [[{F} {L}]], built with <<Bootstrap>> -->\n<footer>(c) 2025 [[{F}]] - <a "
            'href="mailto:[[{uf}@{u}.dev]]">contact</a></footer>'
        ),
    ),
    (
        "code",
        "",
        _k(
            "import pandas as pd\nmarks = pd.read_csv('marks.csv')  # from [[{O}]], do not upload\n"
            "marks.loc[marks.name == '[[{F} {L}]]', 'mark'] = 71"
        ),
    ),
    (
        "code",
        "sur:Gauss",
        _k(
            "def gauss_jordan(A):\n    # elimination as in <<Gauss>>; partial pivoting from [[{F} {L}]]'s office "
            "hours notes\n    n = len(A)"
        ),
    ),
    (
        "code",
        "",
        _k(
            '  "name": "quiz-app",\n  "author": "[[{F} {L}]] <[[{uf}@{u}.me]]> (https://[[{uf}{u}]].github.io)",\n'
            '  "contributors": ["[[{O}]]"],\n  "dependencies": {{ "express": "^4.19.2" }}'
        ),
    ),
    (
        "code",
        "sur:Taylor",
        _k(
            "# taylor.py: approximates sin(x) with a <<Taylor>> series (5 terms)\n# by [[{F} {L}]] - yes, [[{L}]] "
            "writing <<Taylor>> series, very funny [[{O}]]"
        ),
    ),
    # Bibliographies: classmates' unpublished work beside published authors
    (
        "citation",
        "",
        _k(
            "References\n<<Cormen, T. H.>>, <<Leiserson, C. E.>>, <<Rivest, R. L.>> and <<Stein, C.>> (2022) "
            "Introduction to Algorithms. 4th edn. <<MIT Press>>.\n[[{OL}, {O[0]}.]] (2025) 'Notes on amortised "
            "analysis'. Unpublished, shared on Moodle."
        ),
    ),
    (
        "citation",
        "sur:Knuth",
        _k(
            "Bibliography\n1. <<Knuth, D. E.>> (1997). The Art of Computer Programming, Vol. 1.\n2. [[{L}, {I}.]] "
            "(2024). My own lab book, week 3. (Not that <<Knuth>>; that's me.)"
        ),
    ),
    (
        "citation",
        "",
        _k(
            'Works cited\n<<Orwell, George>>. Nineteen Eighty-Four. <<Secker & Warburg>>, 1949.\n[[{O} {OL}]]. "Big '
            'Brother and the Smart Speaker." Year 12 essay, 2025 (used with permission).\nInterview with [[{X} '
            "{XL}]], my grandfather, 3 Jan 2025."
        ),
    ),
    (
        "citation",
        "",
        _k(
            '[1] <<A. Vaswani>> et al., "Attention is all you need," <<NeurIPS>>, 2017.\n[2] [[{I}. {L}]] and '
            '[[{O[0]}. {OL}]], "A tiny transformer for song lyrics," course project, unpublished, 2025.\n[3] '
            '<<Y. LeCun>>, <<Y. Bengio>> and <<G. Hinton>>, "Deep learning," <<Nature>>, 2015.'
        ),
    ),
    (
        "citation",
        "sur:Hinton",
        _k(
            "<<Hinton, G.>> et al. (2012) Improving neural networks by preventing co-adaptation.\n[[{L}, {I}.]] "
            "(2025) Personal communication, i.e. [[{F}]] from my study group explaining dropout to me. (No relation "
            "to <<Geoffrey Hinton>>.)"
        ),
    ),
    (
        "citation",
        "",
        _k(
            "Orientalism is 'a Western style for dominating' the Orient (<<Said>> 1978: 3), a point [[{O}]] also "
            "made in seminar ([[{OL}]], pers. comm.)."
        ),
    ),
    # Titles before students, instructors, outsiders and real professors
    (
        "title",
        "",
        _k(
            "Thanks to Prof. <<Barbara Liskov>>, whose substitution principle we used, and to Prof. [[{TI}]] for the "
            "feedback. Special thanks to Ms. [[{OL}]] - sorry, [[{O}]] - for the diagrams."
        ),
    ),
    (
        "title",
        "",
        _k(
            "As Prof. <<Hannah Fry>> says, maths is everywhere. Prof. [[{TI}]] says it is in the exam. Dr. [[{XL}]] "
            "(my orthodontist) says stop chewing pens."
        ),
    ),
    (
        "title",
        "sur:Watson",
        _k(
            "In the stories <<Dr. Watson>> narrates. In our radio play Mr [[{L}]] narrates; [[{O}]] read the <<Holmes>> "
            "parts and [[{F} {L}]] did the sound effects."
        ),
    ),
    (
        "title",
        "",
        _k(
            "Mme [[{OL}]] et M. [[{L}]] ont présenté <<Madame Bovary>> ; merci à Pr <<Antoine Compagnon>> pour sa "
            "conférence au <<Collège de France>>."
        ),
    ),
    (
        "title",
        "word:Martha,sur:Jones",
        _k(
            "Essay: the companions of <<Doctor Who>>. <<Martha Jones>> was a medical student; so is my sister, "
            "Dr-to-be [[{X}]]. By [[Martha {L}]], no relation."
        ),
    ),
    # Non-Latin scripts beside transliterations
    (
        "script",
        "word:Anastasiya,sur:Sokolova",
        _k(
            "Доклад: <<Менделеев>> и периодическая таблица. Автор: [[Анастасия Соколова]] ([[Anastasiya Sokolova]], "
            "для друзей [[Настя]]). Спасибо [[{O}]] за помощь."
        ),
    ),
    (
        "script",
        "word:Yutong,sur:Liu",
        _k(
            "Group members: [[Liu Yutong]] ([[刘雨彤]]), [[{O}]]. Topic: <<Zhang Heng>> (<<张衡>>) and the first "
            "seismometer, AD 132."
        ),
    ),
    (
        "script",
        "word:Haruka,sur:Kobayashi",
        _k("発表者：[[小林遥]]（[[Haruka Kobayashi]]）\nテーマ：<<チューリングマシン>>\n協力：[[{O}]]、ありがとう。"),
    ),
    (
        "script",
        "word:Yousef,sur:Al-Masri",
        _k("بحث عن <<الخوارزمي>> وأصل كلمة خوارزمية. إعداد: [[يوسف المصري]] ([[Yousef Al-Masri]]) مع [[{O}]]."),
    ),
    (
        "script",
        "word:Eleni,sur:Papadaki",
        _k(
            "Εργασία για τον <<Ευκλείδη>> και τον αλγόριθμο ΜΚΔ. [[Ελένη Παπαδάκη]] / [[Eleni Papadaki]], με τη "
            "βοήθεια του παππού μου [[Γιώργου]]."
        ),
    ),
    (
        "script",
        "word:Ishaan,sur:Chaturvedi",
        _k(
            "Project on <<Aryabhata>> (<<आर्यभट>>) and zero. By [[Ishaan Chaturvedi]] ([[इशान चतुर्वेदी]]); my dadi "
            "[[{X}]] told me the story of <<Ramanujan>>."
        ),
    ),
    (
        "script",
        "word:Min-jun,sur:Choi",
        _k(
            "[[최민준]] ([[Choi Min-jun]], [[Minjun]] on Zoom) - presentation on <<세종대왕>> and <<Hangul>>. Slides "
            "with [[{O}]]."
        ),
    ),
    (
        "script",
        "word:Yevgeny,sur:Shcherbakov",
        _k(
            "Author: [[Yevgeny Shcherbakov]] (also [[Evgenii Scherbakov]] on my passport and [[Jewgeni "
            "Schtscherbakow]] on my German visa). Topic: <<Kolmogorov>> complexity."
        ),
    ),
    (
        "script",
        "word:Giorgi,sur:Beridze",
        _k(
            "[[გიორგი ბერიძე]] ([[Giorgi Beridze]]) - essay on <<Shota Rustaveli>> (<<შოთა რუსთაველი>>) and <<The "
            "Knight in the Panther's Skin>>."
        ),
    ),
    # Names glued to emoji and hashtags
    (
        "emoji",
        "",
        _k("shoutout to [[{o}]]🔥🔥 for fixing the merge conflict at 3am #[[team{f}]] #[[{o}supremacy]]"),
    ),
    (
        "emoji",
        "",
        _k("[[{F}]]🎉 finished the <<Huffman>> encoder!! 🥳 next: the decoder w/ [[{O}]]💪"),
    ),
    (
        "emoji",
        "word:Sunny",
        _k(
            "☀️[[Sunny]]☀️ presenting on solar panels on a <<sunny>> day, efficiency 21 % 🌞 #[[SunnyVibes]] "
            "#<<renewables>>"
        ),
    ),
    (
        "emoji",
        "",
        _k("Insta caption: proud of this <<Tkinter>> calculator 🧮✨ #[[{uf}codes]] #100DaysOfCode #<<Python>>"),
    ),
    (
        "emoji",
        "word:Storm",
        _k(
            "⛈️ [[Storm]] here: the <<storm>> knocked out the wifi so I'm submitting from [[{O}]]'s phone 📱 sorry "
            "for the formatting"
        ),
    ),
    (
        "emoji",
        "",
        _k(
            "Poll: best sorting algorithm?\n🅰️ <<Quicksort>> - [[{O}]], [[{X}]]\n🅱️ <<Merge sort>> - [[{F}]]\n🆎 "
            "bogosort - only [[{o}{d}]]"
        ),
    ),
    # Roster names that are programming, science and eponym terms
    (
        "must_stay",
        "sur:Dijkstra",
        _k(
            "Q: run <<Dijkstra>>'s algorithm from A. Answer by [[{F} {L}]] (Dutch, and distantly related to <<Edsger "
            "Dijkstra>>, according to my oma [[{X}]]). Distances: A 0, B 4, C 7."
        ),
    ),
    (
        "must_stay",
        "word:Cassandra",
        _k(
            "We stored the sensor readings in <<Cassandra>> because writes are cheap. [[Cassandra]] ([[{F} {L}]]) "
            "set up the cluster and named the keyspace 'trojan' after the other <<Cassandra>>."
        ),
    ),
    (
        "must_stay",
        "sur:Jenkins",
        _k(
            "CI: <<Jenkins>> runs the tests on every push. [[{F} {L}]] configured the <<Jenkins>> pipeline and [[{O}]] "
            "broke it twice. ([[{L}]] is not the butler.)"
        ),
    ),
    (
        "must_stay",
        "word:Siri,sur:Johansson",
        _k(
            "Q4: Name two voice assistants. <<Siri>> and <<Alexa>>. (Answer by [[Siri {L}]] - people say 'hey "
            "<<Siri>>' to me every single day.)"
        ),
    ),
    (
        "must_stay",
        "sur:Markov",
        _k(
            "A <<Markov>> chain is memoryless: the next state depends only on the current one. Transition matrix by "
            "[[{F} {L}]]; [[{L}]] jokes that his family is memoryless too."
        ),
    ),
    (
        "must_stay",
        "sur:Bloom",
        _k(
            "A <<Bloom>> filter gives false positives but never false negatives. [[{F} {L}]] sized ours with k = 7; "
            "the <<Bloom>>'s taxonomy question (Q6) was answered by [[{O}]]."
        ),
    ),
    (
        "must_stay",
        "sur:Church",
        _k(
            "The <<Church-Turing>> thesis: anything effectively computable is computable by a <<Turing>> machine. "
            "Lambda calculus slides by [[{F} {L}]]; the <<church>> hall was booked for the demo."
        ),
    ),
    (
        "must_stay",
        "sur:Curry",
        _k(
            "In <<Haskell>> every function is curried, after <<Haskell Curry>>. [[{F} {L}]] made <<curry>> for the "
            "study group while explaining partial application."
        ),
    ),
    (
        "must_stay",
        "sur:Nash",
        _k(
            "A <<Nash>> equilibrium: no player gains by changing strategy alone. [[{F} {L}]] and [[{O}]] played the "
            "prisoner's dilemma 20 times; [[{L}]] always defected."
        ),
    ),
    (
        "must_stay",
        "word:Floyd",
        _k(
            "<<Floyd-Warshall>> finds all-pairs shortest paths in O(n^3); <<Floyd>>'s cycle detection uses a tortoise "
            "and a hare. Code by [[Floyd]] [[{L}]]."
        ),
    ),
    (
        "must_stay",
        "sur:Hamilton",
        _k(
            "A <<Hamiltonian>> cycle visits each vertex once; <<William Rowan Hamilton>> sold it as the icosian game. "
            "Proof sketch: [[{F} {L}]]. Tickets for <<Hamilton>> the musical: also [[{L}]]."
        ),
    ),
    (
        "must_stay",
        "sur:Swift",
        _k(
            "The app is written in <<Swift>> with <<SwiftUI>>. [[{F} {L}]] named it 'Tailor' because of <<Taylor "
            "Swift>>. UI tests: [[{O}]]."
        ),
    ),
    (
        "must_stay",
        "word:Guido,sur:Rossi",
        _k(
            "<<Guido van Rossum>> released <<Python>> in 1991. [[Guido]] ([[{F} {L}]]) in our class prefers "
            "<<Rust>>, which annoys [[{O}]]."
        ),
    ),
    (
        "must_stay",
        "sur:Ferrari",
        _k(
            "Physics of an F1 car: the <<Ferrari>> SF-23 makes about 1000 hp. [[{F} {L}]] (Italian, not that "
            "<<Ferrari>>) calculated the downforce at 300 km/h."
        ),
    ),
    (
        "must_stay",
        "sur:London",
        _k(
            "<<Jack London>>'s <<The Call of the Wild>> is set in the <<Klondike>>, not <<London>>. Essay by [[{F} "
            "{L}]], whose family is from <<London>>, <<Ontario>>."
        ),
    ),
    (
        "must_stay",
        "word:Eve",
        _k(
            "Threat model: <<Eve>> can read every message, <<Mallory>> can change them. [[Eve]] [[{L}]] (yes, "
            "really) wrote this section and played <<Eve>> in the demo; [[{O}]] did <<RSA>>."
        ),
    ),
    (
        "must_stay",
        "word:Alice",
        _k(
            "<<Alice>> picks a, <<Bob>> picks b, and the eavesdropper sees only g^a and g^b. In our demo [[Alice]] "
            "[[{L}]] played <<Bob>> and [[{O}]] played <<Alice>>, which confused everyone."
        ),
    ),
    (
        "must_stay",
        "sur:Poisson",
        _k(
            "Arrivals at the library desk follow a <<Poisson>> distribution with λ = 4 per hour, measured by [[{F} "
            "{L}]]. (<<Poisson>> is French for fish, says [[{L}]].)"
        ),
    ),
    (
        "must_stay",
        "sur:McCarthy",
        _k(
            "[[{F} {L}]] presented <<John McCarthy>>'s <<LISP>> (1958) and garbage collection. [[McCarthy]] - ours - "
            "says no relation, sadly."
        ),
    ),
    # Weekdays, months, seasons; places and brands that share a student's name
    (
        "wordname",
        "word:Sunday,sur:Okoro",
        _k(
            "Lab on a <<Sunday>>? [[Sunday]] can't, church. We moved it to <<Monday>> after the <<Easter>> break, and "
            "[[Sunday]] [[{L}]] did the titration on <<Friday>> instead."
        ),
    ),
    (
        "wordname",
        "sur:Winter",
        _k(
            "<<Winter>> term timetable: [[{F} {L}]] on Tuesdays, [[{O}]] on Thursdays. In <<winter>> the greenhouse "
            "needs a heater, says [[{L}]]."
        ),
    ),
    (
        "wordname",
        "sur:March",
        _k(
            "On 14 <<March>> (Pi Day) [[{F} {L}]] recited 200 digits of pi; next <<March>> [[{L}]] wants 300. No "
            "relation to the <<March>> sisters in <<Little Women>>."
        ),
    ),
    (
        "wordname",
        "sur:May",
        _k(
            "You <<may>> use a calculator. In <<May>> [[{F} {L}]] revised <<Theresa May>>'s Brexit deal for Politics; "
            "[[{L}]] got an A."
        ),
    ),
    (
        "wordname",
        "word:Orlando",
        _k(
            "<<Orlando>> by <<Virginia Woolf>> spans 300 years. [[Orlando]] [[{L}]] wrote the essay and has never "
            "been to <<Orlando>>, <<Florida>>."
        ),
    ),
    (
        "wordname",
        "word:India",
        _k(
            "The population of <<India>> passed 1.4 billion in 2023. Table by [[India]] [[{L}]] and [[{O}]]; "
            "[[India]]'s grandparents live in <<Goa>>."
        ),
    ),
    (
        "wordname",
        "word:Kenya",
        _k(
            "Case study: tea farming in <<Kenya>>'s highlands. [[Kenya]] ([[{F} {L}]]) interviewed her uncle [[{X}]] "
            "in <<Nairobi>>."
        ),
    ),
    (
        "wordname",
        "word:Brooklyn",
        _k(
            "Essay on the <<Brooklyn Bridge>> (opened 1883) by [[Brooklyn]] [[{L}]]. [[Brooklyn]] says it's a "
            "suspension bridge, not a cable-stayed one."
        ),
    ),
    (
        "wordname",
        "sur:Berlin",
        _k(
            "The <<Berlin>> Wall fell in 1989. [[{F} {L}]] interviewed her grandmother [[{X}]], who lived in East "
            "<<Berlin>>. Part (b) uses <<Isaiah Berlin>>'s two concepts of liberty."
        ),
    ),
    # Famous namesakes
    (
        "famous",
        "word:Katherine,sur:Johnson",
        _k(
            "<<Katherine Johnson>> calculated the trajectory for <<John Glenn>>'s orbit. Our [[Katherine]] ([[{F} "
            "{L}]]) presented her; [[Kathy]] wore a 1960s dress for it."
        ),
    ),
    (
        "famous",
        "word:Alan",
        _k(
            "<<Alan Kay>> said the best way to predict the future is to invent it. [[Alan]] [[{L}]] put it on our "
            "team poster next to <<Alan Turing>>."
        ),
    ),
    # OCR damage
    (
        "ocr",
        "word:Miriam,sur:Hammond",
        _k(
            "Narme: [[Mirlam Harnmond]]   Date: 1O/O3\nQ1 <<Pythagoras>>: a2 + b2 = c2 (the 2s are squares, the "
            "scanner lost them)"
        ),
    ),
    (
        "ocr",
        "",
        _k(
            "Scanned exam page 2 of 4 - Candidate [[{SIDD}]] - [[{FU}]] [[{LU}]]\nl. Tlie <<Krebs>> cycle produces 2 "
            "ATP per glucose"
        ),
    ),
    (
        "ocr",
        "word:William,sur:Okafor",
        _k("Subrnitted by: [[Wi1liam 0kafor]]\nPartner: [[{O}]]\n<<0hm>>'s law check: V = IR, 6 V / 2 Ω = 3 A"),
    ),
    (
        "ocr",
        "word:Clara,sur:Weiß",
        _k("[[C1ara WeiB]] - essay on <<Clara Schumann>> and <<Brahms>>, page l of 3"),
    ),
    (
        "ocr",
        "",
        _k("handwritten note (OCR): 'ask [[{O}]] abt <<Eulers>> forrnula e^(i pi) + 1 = 0 - [[{I}{LI}]]'"),
    ),
    # One-line texts
    ("short", "", _k("[[{f}]] pls")),
    ("short", "", _k("ty [[{O}]]!!")),
    ("short", "word:Will", _k("cc [[Will]]")),
    ("short", "", _k("- [[{I}{LI}]]")),
    ("short", "word:June", _k("<<June>> 3: [[June]] absent.")),
    ("short", "", _k("<<Dijkstra>>. ([[{O}]] said <<Prim>>.)")),
    ("short", "word:Rose", _k("[[Rose]]: it <<rose>>.")),
    ("short", "sur:Gauss", _k("[[{L}]] used <<Gauss>>.")),
    # Long texts
    (
        "long",
        "",
        _k(
            "Essay 2: Who invented the computer?\n\nThere is no single inventor. <<Charles Babbage>> designed the "
            "<<Difference Engine>> in the 1820s, and <<Ada Lovelace>> wrote what is often called the first program "
            "for his <<Analytical Engine>>. A century later <<Alan Turing>> described an abstract machine that could "
            "compute anything computable, and <<John von Neumann>> proposed the stored-program design we still use. "
            "When I discussed this with [[{O}]] in the library, [[{O}]] argued that <<Konrad Zuse>>'s Z3 (1941) "
            "deserves more credit than <<ENIAC>>, because it was programmable and working first. I am not convinced: "
            "the Z3 was not <<Turing>>-complete in practice.\n\nMy grandfather, [[{X} {XL}]], worked on an <<IBM>> "
            "360 in the 1970s at <<Lloyds Bank>>, and he told me that the programmers then were mostly women, which "
            "matches what <<Mar Hicks>> writes in Programmed Inequality. [[{X}]] still has a box of punched cards in "
            "the attic.\n\nIn conclusion, the computer was invented by many people over 150 years, from <<Babbage>> "
            "to <<Grace Hopper>>, whose compiler made programming practical. (Word count 212. Thanks to Dr [[{TI}]] "
            "for the reading list and to [[{F} {L}]] - me - for staying up.)"
        ),
    ),
    (
        "long",
        "",
        _k(
            "Lab report 4: Specific heat capacity of aluminium\nAuthors: [[{F} {L}]], [[{O} {OL}]]\nDemonstrator: "
            "[[{X}]] (PhD student)\n\n1. Aim\nTo measure the specific heat capacity of an aluminium block with an "
            "electrical heater and compare it with the data-book value of 900 J/(kg K).\n\n2. Method\nA 1 kg block "
            "at room temperature (294 <<K>>) was heated by a 50 W heater for 10 minutes. [[{O}]] read the "
            "thermometer every 60 s while I ([[{F}]]) recorded the voltage and current. The block was wrapped in "
            "insulation borrowed from the <<Faraday>> lab.\n\n3. Results\nThe temperature rose by 29 <<K>>, giving "
            "c = 1030 J/(kg K), 14 % above the accepted value.\n\n4. Evaluation\nHeat was lost to the air, so our "
            "value should be too low, not too high; [[{OL}]] thinks the thermometer was miscalibrated. <<Kelvin>> "
            "would not be impressed. Next time we will use a data logger, as Dr [[{TI}]] suggested, and ask [[{X}]] "
            "to check the joulemeter.\n\n[[{I}.{LI}.]] / [[{O[0]}.{OL[0]}.]]"
        ),
    ),
    (
        "long",
        "word:Will",
        _k(
            "Reflective journal, <<Spring>> term\n\nWeek 1. I <<will>> be honest: I chose this module because [[{O}]] "
            "did. The first lecture on <<Bayes>>' theorem went over my head.\n\nWeek 3. Worked through the "
            "medical-test example (1 % prevalence, 95 % sensitivity). [[Will]] (me) finally gets why a positive "
            "result is still probably a false alarm. My mum [[{X}]], a nurse, says doctors get this wrong all the "
            "time.\n\nWeek 5. Group project started. Roles: [[{O}]] - data, [[{Y}]] (auditing, not on the register) - "
            "slides, [[Will]] - code in <<R>>. We <<will>> use the <<Titanic>> data set.\n\nWeek 8. Presented. Dr "
            "[[{TI}]] asked about priors and I froze; [[{O}]] rescued me. Next time I <<will>> rehearse the "
            "questions.\n\nWeek 10. Looking back, the biggest change is that I no longer trust a single number. "
            "<<Will>> I use this in my dissertation? Probably.\n- [[Will {L}]]"
        ),
    ),
    (
        "long",
        "",
        _k(
            "Thread: Assignment 3 - is the <<Kruskal>> answer in the sample solution wrong?\n\n[[{uf}{u}]] wrote "
            "(Mon 21:04):\nI think edge (C, E) should be picked before (B, D), since both weigh 4 and the spec says "
            "break ties alphabetically. Anyone?\n\n[[{o}{d}]] wrote (Mon 21:31):\n@[[{uf}{u}]] agree. Also the "
            "union-find in the sample has no path compression, so it's O(m log n), not near-linear as <<Tarjan>> "
            "showed.\n\n[[{F}]] wrote (Mon 22:10):\nOops, I'm [[{uf}{u}]] on my laptop and [[{F}]] on my phone, sorry "
            "for the confusion. [[{O}]], does <<Prim>> give the same tree here?\n\nTA [[{X}]] wrote (Tue 09:12):\nGood "
            "catch, both of you. <<Kruskal>> and <<Prim>> give the same weight but may pick different trees when "
            "weights tie. I'll ask Prof. [[{TI}]] to update the sample. Please don't post full code - [[{O}]], I hid "
            "your second post."
        ),
    ),
    # People not on the roster
    (
        "outsider",
        "",
        _k(
            "I tested the app on my grandparents: [[{X}]] (82) couldn't find the back button; [[{Y}]] (79) found it "
            "but thought <<Android>> was a person."
        ),
    ),
    (
        "outsider",
        "",
        _k(
            "The survey was piloted on five friends outside the course ([[{X}]], [[{Y}]] and three who asked not to "
            "be named) and on my neighbour, Mrs [[{XL}]]."
        ),
    ),
    (
        "outsider",
        "",
        _k("my ex [[{x}]] used to say recursion is just a loop with commitment issues which is honestly not wrong"),
    ),
    (
        "outsider",
        "",
        _k(
            "Ethics: participant P3 ([[{X}]], my cousin) withdrew. P1-P2 and P4-P6 are anonymised as required by "
            "<<GDPR>>."
        ),
    ),
    # Phones, addresses, e-mails, handles, ids
    (
        "phone",
        "",
        _k("um you can text me on [[oh seven seven double oh nine double oh one {d}]] or just ask [[{o}]] for it"),
    ),
    (
        "phone",
        "",
        _k(
            "Emergency contact: [[{X} {XL}]] (mother), [[+353 87 555 {d}40]]. Out of hours, the college says to ring "
            "<<112>>."
        ),
    ),
    (
        "phone",
        "",
        _k("WhatsApp group for the lab: ask [[{F}]] on [[+91 98{d}0 55512]]; the department office is <<ext. 4410>>."),
    ),
    (
        "address",
        "",
        _k(
            "Return address for the sketchbook:\n[[{F} {L}]]\n[[Room 214, Block C]]\n<<Owens Park>>, <<University of "
            "Manchester>>"
        ),
    ),
    (
        "address",
        "",
        _k(
            "Fieldwork: we counted cars passing [[17 Kestrel Close]] (my house) and the <<A38>> roundabout, 8-9 am. "
            "- [[{F}]] & [[{O}]]"
        ),
    ),
    (
        "address",
        "word:Kenji,sur:Watanabe",
        _k(
            "My home address for the exchange form: [[3-14-2 Jingumae]], Shibuya-ku, Tokyo. [[Kenji Watanabe]]. The "
            "<<Meiji Shrine>> is round the corner."
        ),
    ),
    (
        "email",
        "",
        _k("my email is [[{uf} underscore {u} at outlook dot com]] all lower case"),
    ),
    (
        "email",
        "",
        _k(
            "Contact: [[{u}.{i}＠student.example.ac.uk]] (full-width @ so the scrapers miss it). General questions: "
            "<<cs-office@example.ac.uk>>"
        ),
    ),
    (
        "email",
        "",
        _k(
            'Reply-To: "[[{F} {L}]]" <[[{uf}.{u}+cs101@gmail.com]]>\nCc: <<helpdesk@uni.example>>, '
            "[[{o}.{d}@uni.example]]"
        ),
    ),
    (
        "url_handle",
        "",
        _k("Kaggle: kaggle.com/[[{uf}{u}{d}]] - notebook '<<Titanic>> with <<XGBoost>>'. LeetCode: [[{i}{u}_codes]]"),
    ),
    (
        "url_handle",
        "",
        _k("twitch.tv/[[{uf}plays]] - I stream <<Advent of Code>> in <<Haskell>>; [[{o}]] moderates the chat."),
    ),
    (
        "student_id",
        "",
        _k("Matrikelnummer: [[{SIDD}]]\nName: [[{L}, {F}]]\nThema: <<Gödels>> Unvollständigkeitssatz"),
    ),
    # Initials, nicknames, capitals, misspellings, splits, punctuation
    (
        "initials",
        "",
        _k(
            "Marked by [[{I}{LI}]] (self) and [[{O[0]}{OL[0]}]] (peer), agreed grade B. See <<E. F. Codd>>'s rules 1-3."
        ),
    ),
    (
        "initials",
        "",
        _k("lab bench rota: mon - [[{i}.{l0[0]}.]], tue - [[{o}]], wed - tbc"),
    ),
    (
        "initials",
        "",
        _k(
            "Proof (by [[{I}.]]) that every poly-time decider is also a verifier: ignore the certificate. Idea from "
            "<<Sipser>>, ch. 7."
        ),
    ),
    (
        "initials",
        "",
        _k(
            "Signed: [[{I} {LI}]]    Witness: [[{X[0]}. {XL}]]\n(<<H. G. Wells>>'s <<The Time Machine>>, chapter 3 "
            "summary)"
        ),
    ),
    (
        "nickname",
        "nick:Augustine:Gus",
        _k(
            "[[Gus]] ([[Augustine {L}]]) wrote about <<St Augustine>>'s <<Confessions>>. Born in <<August>>, [[Gus]] "
            "adds."
        ),
    ),
    (
        "nickname",
        "nick:Penelope:Pip",
        _k(
            "Essay on <<Great Expectations>>: <<Pip>> is an orphan raised by his sister. By [[Pip]] ([[Penelope "
            "{L}]]), who is tired of the jokes."
        ),
    ),
    (
        "nickname",
        "nick:Eleanor:Nell",
        _k(
            "[[Nell]] ([[Eleanor {L}]]) ran the <<Nelder-Mead>> optimiser; the <<Eleanor Roosevelt>> quote on the "
            "title slide was [[Nellie]]'s idea."
        ),
    ),
    (
        "allcaps",
        "sur:King",
        _k(
            "DRAFT - DO NOT SUBMIT\nAUTHOR: [[{FU} {LU}]]\nTOPIC: <<MARTIN LUTHER KING>>'S 'I HAVE A DREAM'\nREVIEWER: "
            "[[{OU}]]"
        ),
    ),
    (
        "allcaps",
        "",
        _k(
            "SORRY CAPS LOCK IS STUCK. ANSWER: <<EULER>>'S FORMULA V - E + F = 2 HOLDS FOR EVERY CONVEX POLYHEDRON. "
            "MY SISTER [[{XU}]] CHECKED IT ON A DICE. - [[{FU}]]"
        ),
    ),
    (
        "allcaps",
        "word:Victor",
        _k("Q2: THE <<VICTOR>> IS THE FIRST TO 3 POINTS. [[VICTOR]] AND [[{OU}]] DREW 2-2, SO NO <<VICTOR>>."),
    ),
    (
        "misspelling",
        "word:Aoibhinn,sur:Kavanagh",
        _k(
            "Thanks [[Eveen]] (sorry, [[Aoibhinn]]!) for the data. Surname on the slide: [[Kavanaugh]], I mean "
            "[[Kavanagh]], like the poet <<Patrick Kavanagh>>."
        ),
    ),
    (
        "misspelling",
        "word:Nikolai,sur:Petrenko",
        _k("[[Nicolai Petrenco]] and I ([[{O}]]) did the <<Fourier>> analysis; [[Nikolay]] wrote the FFT."),
    ),
    (
        "misspelling",
        "sur:Vandenberghe",
        _k("[[Vandenburg]]'s code - sorry, [[Vandenberghe]]'s - implements <<Strassen>>'s algorithm."),
    ),
    (
        "split",
        "",
        _k("Presented by [[{F}]] [[{LA}-\n{LB}]] and [[{O}]]\n[[{OL}]] on <<Gödel>>'s theorem."),
    ),
    (
        "split",
        "",
        _k("Author:\n\n[[{F}]]\n\n\n[[{L}]]\n\nTitle: <<Conway>>'s Game of Life in 20 lines"),
    ),
    (
        "punctuation",
        "",
        _k(
            "([[{F}]]/[[{O}]]/[[{X}]]) -> slides;\n[[{F}]]+[[{O}]] -> demo;\n<<Knuth>>+<<Plass>> -> line breaking "
            "(our topic)"
        ),
    ),
    # Texts in other languages
    (
        "non_english",
        "",
        _k(
            "Hausarbeit von [[{F} {L}]]: <<Turings>> Halteproblem. Danke an [[{O}]] und an meinen Onkel [[{X}]], der "
            "bei <<Siemens>> arbeitet."
        ),
    ),
    (
        "non_english",
        "",
        _k(
            "Verslag van [[{F}]] en [[{O}]] over het algoritme van <<Dijkstra>>; mijn oma [[{X}]] kende <<Edsger>> "
            "nog van de <<TU Eindhoven>>."
        ),
    ),
    (
        "non_english",
        "word:Emre,sur:Kaya",
        _k(
            "[[Emre Kaya]] ve [[{O}]]: <<Cahit Arf>> ve Arf değişmezi. [[Emre]]'nin babası [[{X}]] matematik öğretmeni."
        ),
    ),
]
HELD_OUT_R += _word_pairs(
    [
        (
            "word:Julia",
            [
                "The <<Julia>> set for c = -0.8 + 0.156i looks like lace; the plot took 4 s in <<Julia>>, 40 s in Python."
            ],
        ),
        ("word:Ruby", ["<<Ruby>> on <<Rails>> scaffolds the pages; a <<ruby>> is red because of chromium ions."]),
        (
            "sur:Kafka",
            ["<<Kafka>> partitions a topic so consumers scale; <<Kafkaesque>> describes our enrolment system."],
        ),
        ("word:Eve", ["On New Year's <<Eve>> the server clock rolled over and the cron job ran twice."]),
        (
            "sur:Bloom",
            ["The algal <<bloom>> cut dissolved oxygen to 3 mg/L; <<Bloom>>'s taxonomy puts 'create' on top."],
        ),
        ("word:Sunday", ["<<Sunday>> trading laws changed in 1994, so the survey was sent on a <<Sunday>>."]),
        ("word:Floyd", ["<<Pink Floyd>>'s prism cover shows dispersion: shorter wavelengths bend more."]),
        ("sur:Swift", ["<<Jonathan Swift>> wrote <<Gulliver's Travels>>; a <<swift>> can stay airborne for months."]),
        ("word:Siri", ["I asked <<Siri>> to convert 300 <<kelvin>> to Celsius: 26.85."]),
    ]
)


# A nineteenth held-out set, written blind (without reading the anonymizer, its tests or its benchmark, only the
# format of the templates): school and adult-learner writing outside computer science. Texting-style messages of
# 11-18 year olds (no capitals, abbreviations, typos, emoji); adult ESOL and evening-class learners writing about
# husbands, sons, neighbours and managers; history essays on real people who share a student's exact first name
# or surname (Henry VIII, Harriet Tubman, Nelson Mandela, Genghis Khan, Rosa Parks, Florence Nightingale);
# literature essays on characters who share a student's name (Daisy Buchanan, George and Lennie, Sheila Birling,
# Romeo, Elizabeth Bennet, Rue, Old Major); science labs with eponyms that are also students' surnames (Petri,
# Doppler, Young, Lewis, Dalton, Hardy, Richter, Kepler, Fleming, Charles, Bunsen, Avogadro); places named after
# people who share a student's name (Savannah, Sydney, Adelaide, Austin, Hudson Bay, Cook Strait); composers,
# painters and singers (Bach, Adele, Vermeer's Pearl, Frida Kahlo, Vivaldi's seasons, Claude Monet); sports
# teams and players (Serena Williams, Chelsea, Aston Villa, Kobe Bryant, chess bishops); religious names and
# holidays (the Prophet Muhammad, Noah, Jesús, Gabriel, Christian, Moses, St Valentine); pets named like people
# (judged personal: a pet's name is a household detail and reads exactly like a sibling's); students' names in
# file names, Windows paths, photo captions, slide headers, CSV and Markdown tables, e-mail headers, calendar
# invites and meeting notices; greetings and sign-offs in Spanish, German, Urdu, Maori, Japanese, Polish,
# French, Finnish (names with case endings glued on) and Korean (particles glued on); names with particles
# (van der, del, binti, al-, von, da, dos) and Spanish and Portuguese double surnames; family-name-first order
# (Vietnamese, Korean, Chinese, Japanese), Icelandic, Russian, Ethiopian and Tamil patronymics; roster names
# that are common nouns, verbs, adjectives, brands, weekdays or months (August, Bush, Rich, Tuesday, Sage, Ash,
# Miles, Porsche, Frost, Dean, May, An); one-line texts and four long ones. New categories: texting, learner,
# character, eponym, place, arts, sport, religion, pet, filename, table, header, greeting, name_order,
# patronymic.
HELD_OUT_S = [
    # Texting style: no capitals, abbreviations, typos
    (
        "texting",
        "",
        _k("omg [[{f}]] jus took my calculator n now i cant do q3 😭 can sum1 send the answr"),
    ),
    (
        "texting",
        "word:Bob",
        _k("[[bob]] got a <<bob>> haircut n now he looks like <<lord farquaad>> 💀💀 dont tell him i said"),
    ),
    (
        "texting",
        "",
        _k("wyd\n[[{o}]] sed the test is wed not thurs??\nidk ask [[{f}]] shes in set 1 4 maths"),
    ),
    (
        "texting",
        "nick",
        _k("lol [[{n}]] forgot the pe kit AGAIN so mr [[{TI}]] made them do it in uniform 😂"),
    ),
    (
        "texting",
        "",
        _k("can u tell [[{o}]] 2 bring the <<bunsen>> mats 2moro ty xx [[{f}]]"),
    ),
    (
        "texting",
        "",
        _k("me and [[{f}]] done the experament and we got 4.2 but [[{o}]] got 42 becuz she forgot the desimal lol"),
    ),
    (
        "texting",
        "word:Max",
        _k("<<max>> is 20 marks and [[max]] got 21??? HOW. [[max]] pls explain ur ways"),
    ),
    (
        "texting",
        "",
        _k(
            "gm chat its [[{f}]]. did any1 do the <<shakespeare>> hw i only wrote like 2 lines 💀 [[{o}]] ur my "
            "only hope"
        ),
    ),
    (
        "texting",
        "word:April",
        _k("ppl keep saying happy bday in <<april>> but its in <<october>> 😭 [[april]] is my NAME not my bday month"),
    ),
    (
        "texting",
        "",
        _k("brb my mum [[{x}]] is shouting. [[{o}]] can u finish the graph pls, axes r done"),
    ),
    (
        "texting",
        "word:Rain",
        _k(
            "its gonna <<rain>> on sports day so [[rain]] said she'll do a <<rain>> dance to get it cancelled lol. "
            "[[{o}]] filmed it"
        ),
    ),
    # Adult learners: ESOL and evening classes
    (
        "learner",
        "",
        _k(
            "My name is [[{F}]]. I am 34 years old. I am from <<Aleppo>> in <<Syria>>. Now I live in <<Leeds>> "
            "with my husband [[{X}]] and our 3 children. I learn English for my work."
        ),
    ),
    (
        "learner",
        "",
        _k(
            "Dear teacher [[{TI}]], sorry I miss class yesterday, my son [[{X}]] he is sick with fever. My "
            "neighbour [[{Y}]] she give me the homework paper. Thank you, [[{F}]]"
        ),
    ),
    (
        "learner",
        "word:Fortune",
        _k(
            "My name is [[Fortune]]. In <<Nigeria>> it is normal name. I come to <<London>> to make my "
            "<<fortune>>, haha, but first I must pass English level 2. My teacher before was Mrs [[{XL}]]."
        ),
    ),
    (
        "learner",
        "",
        _k(
            "I work night shift in <<Tesco>>. My manager [[{X}]] is kind, she let me go at 5 for the class. "
            "[[{O}]] from our class give me lift in his car."
        ),
    ),
    (
        "learner",
        "word:Blessing",
        _k(
            "I am [[Blessing]]. God give me many <<blessings>>: my daughter [[{X}]] is 6 and she read better "
            "than me! My essay is about <<Chinua Achebe>>."
        ),
    ),
    (
        "learner",
        "",
        _k(
            "GCSE Maths evening class, homework 3. I did it with my grandson [[{X}]] who is in Year 9 at "
            "<<St Mary's>>. He say I am faster than him now. [[{F} {L}]]"
        ),
    ),
    # History essays: real people who share a student's name
    (
        "famous",
        "word:Henry",
        _k(
            "<<Henry VIII>> broke with <<Rome>> in 1534 so he could marry <<Anne Boleyn>>. [[Henry]] ([[{F} "
            "{L}]]) argues it was about money - the monasteries - not love; [[{O}]] disagrees in her rebuttal."
        ),
    ),
    (
        "famous",
        "word:Harriet",
        _k(
            "<<Harriet Tubman>> made about 13 trips south and guided some 70 people to freedom. When [[Harriet]] "
            "[[{L}]] presented this, [[{O}]] asked if she was named after <<Tubman>>; [[Harriet]] said no, after "
            "her great-aunt [[{X}]]."
        ),
    ),
    (
        "famous",
        "word:Nelson",
        _k(
            "Why was <<Nelson Mandela>> imprisoned on <<Robben Island>>? For sabotage against apartheid, in 1964. "
            "- [[Nelson]] [[{L}]], named after <<Mandela>> by my dad [[{X}]] (not after <<Horatio Nelson>> on "
            "his column)"
        ),
    ),
    (
        "famous",
        "sur:Khan",
        _k(
            "<<Genghis Khan>> united the <<Mongol>> tribes in 1206 and took the title of <<Khan>> of khans. "
            "[[{F} {L}]]'s timeline; [[{F}]] jokes that the family descends from him, which [[{O}]] doubts."
        ),
    ),
    (
        "famous",
        "sur:Parks",
        _k(
            "<<Rosa Parks>> refused to give up her seat in <<Montgomery>>, <<Alabama>>, in 1955; <<Claudette "
            "Colvin>> had done the same nine months earlier. Presentation by [[{F} {L}]] and [[{O}]]; [[{L}]] did "
            "the timeline."
        ),
    ),
    (
        "famous",
        "nick:Alexander:Alex",
        _k(
            "<<Alexander the Great>> founded <<Alexandria>> in 331 BC. [[Alex]] ([[Alexander {L}]]) says his "
            "parents did not name him after a conqueror, though [[Alex]] did conquer the quiz."
        ),
    ),
    (
        "famous",
        "word:Malcolm",
        _k(
            "<<Malcolm X>> and <<Martin Luther King Jr.>> disagreed about nonviolence. Essay plan ([[Malcolm]] "
            "[[{L}]]): para 1 <<Malcolm X>>, para 2 <<King>>, para 3 compare. [[{O}]]'s feedback: too long."
        ),
    ),
    (
        "famous",
        "word:Florence",
        _k(
            "<<Florence Nightingale>> drew polar area diagrams to show that more soldiers at <<Scutari>> died of "
            "disease than of wounds. [[Florence]] [[{L}]] redrew them in <<Excel>>; [[Florence]]'s nan [[{X}]] "
            "is a nurse too."
        ),
    ),
    (
        "famous",
        "word:Catherine",
        _k(
            "<<Catherine the Great>> wrote to <<Voltaire>> for fifteen years. [[Catherine]] ([[{F} {L}]], "
            "[[Cat]] to everyone) argues she was an enlightened despot; [[{O}]] says just a despot."
        ),
    ),
    # Literature essays: characters who share a student's name
    (
        "character",
        "sur:Major",
        _k(
            "In <<Animal Farm>> <<Old Major>>'s dream becomes <<Napoleon>>'s dictatorship, and <<Boxer>> works "
            "until he is sold. [[{F} {L}]] compares <<Old Major>> with <<Marx>>; [[{L}]] says no relation to "
            "<<John Major>> either."
        ),
    ),
    (
        "character",
        "sur:Hyde",
        _k(
            "<<Jekyll>> and <<Hyde>> are one man: <<Stevenson>> shows the duality of Victorian respectability. "
            "Essay by [[{F} {L}]] - the jokes about [[{L}]] started in Year 9 and never stopped."
        ),
    ),
    (
        "character",
        "word:Daisy",
        _k(
            "<<Daisy Buchanan>>'s voice is 'full of money', says <<Gatsby>>. [[Daisy]] [[{L}]] thinks "
            "<<Fitzgerald>> is unfair to <<Daisy>>; [[{O}]] thinks <<Tom>> is worse."
        ),
    ),
    (
        "character",
        "word:Emily",
        _k(
            "<<Emily Brontë>> published <<Wuthering Heights>> as <<Ellis Bell>>. <<Heathcliff>> is an outsider, "
            "and so in a way is <<Catherine>>. By [[Emily]] [[{L}]] - my mum [[{X}]] named me after <<Brontë>>."
        ),
    ),
    (
        "character",
        "word:George",
        _k(
            "<<Of Mice and Men>>: <<George>> shoots <<Lennie>> to spare him <<Curley>>'s lynch mob. [[George]] "
            "[[{L}]] found it hard to write about because his little brother [[{X}]] has <<Lennie>>'s gentleness."
        ),
    ),
    (
        "character",
        "word:Sheila",
        _k(
            "In <<An Inspector Calls>> <<Sheila Birling>> changes most and <<Mr Birling>> least. Answer by "
            "[[Sheila]] [[{L}]]; quotes learnt with my tutor [[{X}]]: 'You mustn't try to build up a wall'."
        ),
    ),
    (
        "character",
        "word:Rue",
        _k(
            "When <<Rue>> dies, <<Katniss>> covers her with flowers and salutes the cameras. [[Rue]] [[{L}]] says "
            "she will <<rue>> the day she picked <<The Hunger Games>> for this essay; [[{O}]] picked <<Peeta>>."
        ),
    ),
    (
        "character",
        "word:Romeo",
        _k(
            "<<Romeo>> kills <<Tybalt>> in Act 3, scene 1. Cast: [[Romeo]] [[{L}]] as <<Mercutio>> (Miss [[{TI}]] "
            "would not let [[Romeo]] play <<Romeo>>), [[{O}]] as <<Tybalt>>."
        ),
    ),
    (
        "character",
        "word:Elizabeth,sur:Bennett",
        _k(
            "<<Elizabeth Bennet>> turns down <<Mr Darcy>>'s first proposal in chapter 34. Essay by [[Elizabeth "
            "Bennett]] (two t's, no relation, I have heard every joke; [[Liz]] to friends, never <<Lizzy>>)."
        ),
    ),
    # Science labs: eponyms that are students' surnames
    (
        "eponym",
        "sur:Petri",
        _k(
            "Method: we streaked <<E. coli>> on nutrient agar in a <<Petri>> dish and incubated it at 25 °C. "
            "[[{F} {L}]] (no relation to <<Julius Petri>>, as far as [[{L}]] knows) taped the lids."
        ),
    ),
    (
        "eponym",
        "",
        _k(
            "Heat the boiling tube over a <<Bunsen>> burner on the blue flame. Safety: [[{O}]] tied back her hair, "
            "I ([[{F}]]) wore goggles and Mr [[{TI}]] checked the gas tap."
        ),
    ),
    (
        "eponym",
        "sur:Doppler",
        _k(
            "The siren's pitch drops as it passes: the <<Doppler>> effect. [[{F} {L}]] recorded it in "
            "<<Audacity>> while [[{L}]]'s uncle [[{X}]] drove past at 30 mph, horn on."
        ),
    ),
    (
        "eponym",
        "sur:Young",
        _k(
            "<<Young>>'s modulus of the copper wire: 1.2 × 10^11 Pa. Next week: <<Young>>'s double-slit "
            "experiment. Data [[{F} {L}]], graph [[{O}]], write-up [[{L}]]."
        ),
    ),
    (
        "eponym",
        "sur:Lewis",
        _k(
            "Draw the <<Lewis>> structure of CO2: O=C=O with two lone pairs on each O. Peer-marked by [[{O}]]; "
            "[[{F} {L}]] lost a mark on the <<Lewis>> acid definition."
        ),
    ),
    (
        "eponym",
        "sur:Dalton",
        _k(
            "<<Dalton>>'s model (1803) had no electrons; <<J. J. Thomson>> found them in 1897. Timeline by [[{F} "
            "{L}]]. <<Dalton>> was colour-blind - hence <<daltonism>> - but [[{L}]] isn't."
        ),
    ),
    (
        "eponym",
        "sur:Hardy",
        _k(
            "<<Hardy-Weinberg>>: p² + 2pq + q² = 1. If q² = 0.04 then q = 0.2 and carriers are 2pq = 0.32. "
            "Working by [[{F} {L}]]; [[{L}]] checked it with a <<Punnett>> square."
        ),
    ),
    (
        "eponym",
        "sur:Richter",
        _k(
            "The 2011 <<Tōhoku>> earthquake was magnitude 9.0; the <<Richter>> scale has been replaced by moment "
            "magnitude. Case study by [[{F} {L}]], whose aunt [[{X}]] lived in <<Sendai>> then."
        ),
    ),
    (
        "eponym",
        "",
        _k(
            "<<Avogadro>>'s constant is 6.02 × 10^23 per mole. [[{O}]] remembers it with a rhyme from her tutor "
            "[[{X}]]; I ([[{F} {L}]]) use the mole song."
        ),
    ),
    (
        "eponym",
        "sur:Kepler",
        _k(
            "<<Kepler>>'s third law: T² ∝ a³. From the periods of <<Io>> and <<Europa>>, [[{F} {L}]] estimated "
            "<<Jupiter>>'s mass within 4 %. The telescope is [[{L}]]'s dad's."
        ),
    ),
    (
        "eponym",
        "sur:Fleming",
        _k(
            "<<Fleming>>'s left-hand rule: thumb = motion, first finger = field, second finger = current. "
            "<<Alexander Fleming>> (penicillin) is a different <<Fleming>>. Diagram: [[{F} {L}]]."
        ),
    ),
    (
        "eponym",
        "sur:Charles",
        _k(
            "<<Charles>>'s law: at constant pressure V/T is constant. The balloon shrank from 2.0 L to 1.8 L in "
            "[[{F} {L}]]'s freezer; [[{O}]] brought the balloon. Named after <<Jacques Charles>>, 1787."
        ),
    ),
    # Places named after people who share a student's name
    (
        "place",
        "word:Savannah",
        _k(
            "<<Savannah>>, <<Georgia>>, was laid out by <<James Oglethorpe>> in 1733. [[Savannah]] [[{L}]] "
            "compared its grid plan with <<Philadelphia>>'s; the <<savannah>> biome was last term's topic."
        ),
    ),
    (
        "place",
        "word:Sydney",
        _k(
            "<<Sydney>> is named after <<Lord Sydney>>, Home Secretary in 1788. [[Sydney]] [[{L}]] notes it is "
            "not the capital: <<Canberra>> is. Flight from <<Sydney>> to <<Auckland>>: 3 h."
        ),
    ),
    (
        "place",
        "word:Adelaide",
        _k(
            "<<Adelaide>> was named after <<Queen Adelaide>>, wife of <<William IV>>. Fieldwork journal - "
            "[[Adelaide]] [[{L}]], who has been to <<Adelaide>> once, to see her uncle [[{X}]]."
        ),
    ),
    (
        "place",
        "word:Austin",
        _k(
            "<<Austin>>, <<Texas>>, is named after <<Stephen F. Austin>>. Urban heat island: downtown <<Austin>> "
            "was 4 °C warmer than the suburbs. Analysis by [[Austin]] [[{L}]] and [[{O}]]."
        ),
    ),
    (
        "place",
        "sur:Hudson",
        _k(
            "<<Hudson Bay>> is named after <<Henry Hudson>>, whose crew set him adrift in 1611. [[{F} {L}]]'s map "
            "shows the sea-ice extent; [[{L}]] also wrote about the <<Hudson River>>."
        ),
    ),
    (
        "place",
        "sur:Cook",
        _k(
            "<<Captain Cook>> charted <<New Zealand>> in 1769-70; <<Cook Strait>> and <<Aoraki / Mount Cook>> are "
            "named after him. [[{F} {L}]] (who cannot <<cook>>, says [[{O}]]) drew the map."
        ),
    ),
    (
        "place",
        "",
        _k(
            "Countries named after people: <<Bolivia>> (<<Simón Bolívar>>), <<Colombia>> (<<Columbus>>), "
            "<<Tasmania>> (<<Abel Tasman>>), <<Pennsylvania>> (<<William Penn>>). My table; [[{O}]] added "
            "<<Vancouver>>. - [[{F}]]"
        ),
    ),
    # Music and art
    (
        "arts",
        "sur:Bach",
        _k(
            "Listening log: <<Bach>>'s <<Brandenburg Concerto No. 3>> (1721), strings only. [[{F} {L}]] - not a "
            "descendant of <<J. S. Bach>>, though [[{L}]] plays the cello."
        ),
    ),
    (
        "arts",
        "word:Adele",
        _k(
            "Song analysis: <<Adele>>'s <<Someone Like You>> is in A major, piano and voice only. [[Adele]] "
            "[[{L}]] chose it because everyone sings it at her; [[{O}]] chose <<Hozier>>."
        ),
    ),
    (
        "arts",
        "word:Pearl",
        _k(
            "<<Vermeer>>'s <<Girl with a Pearl Earring>> (c. 1665) hangs in the <<Mauritshuis>>. [[Pearl]] "
            "[[{L}]] says the <<pearl>> may be tin; [[Pearl]]'s cousin [[{X}]] works in the museum café."
        ),
    ),
    (
        "arts",
        "word:Frida",
        _k(
            "<<Frida Kahlo>> painted 55 self-portraits. [[Frida]] [[{L}]] made one in her style, with a toy "
            "monkey borrowed from [[{O}]]'s little sister."
        ),
    ),
    (
        "arts",
        "",
        _k(
            "Composer study: <<Vivaldi>>'s <<The Four Seasons>> - <<Spring>>, <<Summer>>, <<Autumn>>, <<Winter>>. "
            "I ([[{F}]]) did <<Winter>>; [[{O}]] did <<Summer>> and the violin solo."
        ),
    ),
    (
        "arts",
        "word:Harmony",
        _k(
            "In bar 12 the <<harmony>> moves to the relative minor. [[Harmony]] [[{L}]] sang the alto line; "
            "[[{O}]] played piano."
        ),
    ),
    (
        "arts",
        "word:Claude",
        _k(
            "<<Claude Monet>>'s <<Impression, Sunrise>> gave <<Impressionism>> its name; <<Claude Debussy>> is "
            "called an impressionist too. [[Claude]] [[{L}]] compared the two; [[{O}]] played the <<Debussy>>."
        ),
    ),
    # Sports teams and players
    (
        "sport",
        "sur:Williams",
        _k(
            "PE theory: <<Serena Williams>> won 23 Grand Slam singles titles. [[{F} {L}]] (no relation) analysed "
            "her serve in slow motion; [[{O}]] filmed [[{L}]]'s serve to compare."
        ),
    ),
    (
        "sport",
        "word:Chelsea",
        _k(
            "<<Chelsea>> beat <<Arsenal>> 2-1, so <<Chelsea>> go third. [[Chelsea]] [[{L}]] (an <<Arsenal>> fan, "
            "sadly) made the league table in <<Excel>>."
        ),
    ),
    (
        "sport",
        "sur:Villa",
        _k(
            "<<Aston Villa>> won the European Cup in 1982. [[{F} {L}]]'s grandad [[{X}]] was at the final in "
            "<<Rotterdam>>, so [[{L}]] interviewed him for the oral history project. <<David Villa>> is a "
            "different <<Villa>>."
        ),
    ),
    (
        "sport",
        "word:Kobe",
        _k(
            "<<Kobe Bryant>> scored 81 points against the <<Raptors>> in 2006. [[Kobe]] [[{L}]] worked out his "
            "points per minute: 81/42 ≈ 1.93. <<Kobe>> beef comes from <<Hyogo>>, unrelated."
        ),
    ),
    (
        "sport",
        "",
        _k(
            "Match report (netball, U14): we won 24-19. GS [[{F}]] scored 15, GA [[{O}]] 9. Player of the match "
            "voted by coach [[{X}]]. Next: <<St Helen's>> away."
        ),
    ),
    (
        "sport",
        "sur:Bishop",
        _k(
            "Chess club: with the <<bishop>> on c4 and the knight on f3, white threatens f7. [[{F} {L}]] beat "
            "[[{O}]] in 23 moves; [[{L}]] says the name is an unfair advantage with <<bishops>>."
        ),
    ),
    # Religious names and holidays
    (
        "religion",
        "word:Muhammad",
        _k(
            "RE homework: <<Eid al-Fitr>> marks the end of <<Ramadan>>, when <<Muslims>> believe the <<Quran>> "
            "was first revealed to the <<Prophet Muhammad>>. [[Muhammad]] [[{L}]]. Eid Mubarak to [[{O}]] and "
            "Mr [[{TI}]]!"
        ),
    ),
    (
        "religion",
        "word:Noah",
        _k(
            "<<Noah>>'s ark is in <<Genesis>> 6-9; a similar flood story is in the <<Epic of Gilgamesh>>. "
            "[[Noah]] [[{L}]] compared them; [[{O}]] built the ark out of lolly sticks."
        ),
    ),
    (
        "religion",
        "word:Jesús",
        _k(
            "Trabajo de religión: la <<Semana Santa>> recuerda la muerte de <<Jesús>>. En <<Sevilla>> salen las "
            "procesiones. Por [[Jesús]] [[{L}]] y [[{O}]]; fotos de mi tío [[{X}]]."
        ),
    ),
    (
        "religion",
        "word:Gabriel",
        _k(
            "In the <<Annunciation>> the angel <<Gabriel>> tells <<Mary>> she will have a son; in <<Islam>>, "
            "<<Jibril>> brings the <<Quran>>. Comparison table by [[Gabriel]] [[{L}]]; [[{O}]] added the "
            "<<Daniel>> reference."
        ),
    ),
    (
        "religion",
        "word:Christian",
        _k(
            "<<Christian>> festivals: <<Christmas>>, <<Easter>>, <<Pentecost>>. [[Christian]] [[{L}]] (who is "
            "actually <<Hindu>>) made the calendar; [[{O}]] added <<Holi>> and <<Vaisakhi>>."
        ),
    ),
    (
        "religion",
        "word:Moses",
        _k(
            "<<Passover>> remembers how <<Moses>> led the <<Israelites>> out of <<Egypt>>. [[Moses]] [[{L}]] "
            "described his family's seder: his grandmother [[{X}]] hides the afikoman."
        ),
    ),
    (
        "religion",
        "word:Valentine",
        _k(
            "<<St Valentine>> was probably a priest in <<Rome>>; <<Valentine's Day>> is 14 <<February>>. "
            "[[Valentine]] [[{L}]] says it is the worst day to have that name; [[{O}]] sent [[Valentine]] a card "
            "anyway."
        ),
    ),
    # Pets named like people
    (
        "pet",
        "",
        _k(
            "Animal behaviour diary: our dog [[{X}]] (a beagle) learned 'sit' in 4 days with treats - operant "
            "conditioning, like <<Skinner>>'s rats. My brother [[{Y}]] did the clicker. - [[{F}]]"
        ),
    ),
    (
        "pet",
        "",
        _k("my cat is called [[{O}]] which is awkward now that [[{O} {OL}]] is in my form lol. the cat was first"),
    ),
    (
        "pet",
        "",
        _k(
            "Photo: our tortoise [[{X}]], who is 62 - older than my grandad. Tortoises can pass 150: <<Jonathan>> "
            "on <<St Helena>> is about 190. - [[{F} {L}]]"
        ),
    ),
    # Names in file names, paths, captions and slides
    (
        "filename",
        "",
        _k("Attached: [[{F}_{L}]]_History_Coursework_FINAL_v3(1).docx and [[{uf}{u}]]_bibliography.pdf"),
    ),
    (
        "filename",
        "",
        _k(
            "Figure 3: [[{F}]] pipetting 1 cm³ of <<Benedict>>'s reagent into test tube B (photo by [[{O}]]). "
            "Brick red = reducing sugar."
        ),
    ),
    (
        "filename",
        "",
        _k(
            "IMG_4471.HEIC - [[{o}]] and me at the <<Natural History Museum>> under <<Hope>> the blue whale.\n"
            "IMG_4472.HEIC - [[{x}]] (my aunt) buying the tickets."
        ),
    ),
    (
        "filename",
        "",
        _k("Slide 1\n<<The Tudors>>: <<Henry VIII>> and his six wives\n[[{F} {L}]] & [[{O} {OL}]] | 8B | Mr [[{TI}]]"),
    ),
    (
        "filename",
        "",
        _k(
            "C:\\Users\\[[{uf}.{u}]]\\OneDrive - <<Westfield Academy>>\\Year 11\\Chemistry\\titration_[[{uf}]]"
            "_[[{o}]].xlsx"
        ),
    ),
    (
        "filename",
        "",
        _k(
            "Screenshot 2025-03-02 at 21.14.07.png (from [[{O}]]) - <<Desmos>> graph of y = x² - 4\n"
            "yr9_science_fair_[[{uf}{u}]].mp4 (2:31) - homemade motor, <<Faraday>> would be proud"
        ),
    ),
    (
        "filename",
        "",
        _k(
            "Caption under the poster photo: 'Left to right: [[{X}]] (mum), [[{F}]], <<David Attenborough>> "
            "(cardboard cut-out), [[{O}]].'"
        ),
    ),
    # Tables and CSV rows
    (
        "table",
        "",
        _k("name,q1,q2,q3,total\n[[{F} {L}]],4,3,5,12\n[[{O} {OL}]],5,5,4,14\nmodel answer,5,5,5,15"),
    ),
    (
        "table",
        "",
        _k(
            "| Role | Who |\n|---|---|\n| Researcher | [[{F}]] |\n| Presenter | [[{O}]] |\n| Scientist studied | "
            "<<Marie Curie>> |\n| Helper (not in class) | [[{X}]] |"
        ),
    ),
    (
        "table",
        "",
        _k("Surname\tFirst name\tHouse\n[[{L}]]\t[[{F}]]\t<<Nightingale>>\n[[{OL}]]\t[[{O}]]\t<<Darwin>>"),
    ),
    (
        "table",
        "sur:Franklin",
        _k(
            "Scientist | Discovery | Researched by\n<<Rosalind Franklin>> | Photo 51, DNA | [[{F} {L}]]\n"
            "<<Benjamin Franklin>> | lightning is electric | [[{O}]]\n<<Watson>> & <<Crick>> | double helix | "
            "[[{X}]] (exchange student)"
        ),
    ),
    (
        "table",
        "",
        _k(
            '"Timestamp","Full name","Who did you work with?"\n"2025/03/14 10:02","[[{F} {L}]]","[[{o}]] and '
            '[[{x}]] from year 10"'
        ),
    ),
    # E-mail headers, calendar invites, meeting notices
    (
        "header",
        "",
        _k(
            "From: [[{F} {L}]] <[[{uf}.{u}{d}@hotmail.com]]>\nSent: Sunday, 2 <<March>> 2025 23:47\nTo: "
            "[[{TI}]], Mr\nSubject: RE: <<Macbeth>> essay extension??\n\nsir my printer broke"
        ),
    ),
    (
        "header",
        "",
        _k(
            "BEGIN:VEVENT\nSUMMARY:Revision - <<Pythagoras>> and trig w/ [[{O}]]\nORGANIZER;CN=[[{F} {L}]]:mailto:"
            "[[{uf}{u}@gmail.com]]\nATTENDEE;CN=[[{X}]] (tutor):mailto:[[{x}.tutoring@gmail.com]]\n"
            "LOCATION:<<Central Library>>\nEND:VEVENT"
        ),
    ),
    (
        "header",
        "",
        _k(
            "[[{F} {L}]] has invited you to a <<Microsoft Teams>> meeting\nGCSE Physics - <<Ohm>>'s law catch-up\n"
            "Tuesday 14:00-14:30\nOptional: [[{O} {OL}]]"
        ),
    ),
    (
        "header",
        "",
        _k(
            "---------- Forwarded message ---------\nFrom: [[{X} {XL}]] <[[{x}{d}@btinternet.com]]>\nTo: "
            "[[{uf}.{u}@school.example.org]]\nSubject: your science project\n\n[[{F}]] darling, I found the "
            "<<Einstein>> book you wanted. Love, Grandma"
        ),
    ),
    (
        "header",
        "",
        _k(
            "Google Docs: [[{O} {OL}]] ([[{o}{d}@gmail.com]]) mentioned you in '<<Cold War>> timeline': '+[[{F} "
            "{L}]] can you do the <<Cuban Missile Crisis>>?'"
        ),
    ),
    (
        "header",
        "",
        _k(
            "Zoom: '[[{F}]]'s iPad' has joined the waiting room.\nZoom: '[[{X}]] (parent)' has joined the waiting room."
        ),
    ),
    # Greetings and sign-offs in other languages
    (
        "greeting",
        "",
        _k(
            "Hola [[{O}]]! ¿Hiciste los deberes sobre <<Cervantes>>? Yo solo leí el capítulo de los molinos. "
            "Besos, [[{F}]]"
        ),
    ),
    (
        "greeting",
        "",
        _k(
            "Liebe Frau [[{TI}]],\nanbei meine Zusammenfassung zu <<Goethes>> <<Faust>>. [[{O}]] hat Korrektur "
            "gelesen.\nViele Grüße\n[[{F} {L}]]"
        ),
    ),
    (
        "greeting",
        "",
        _k(
            "Salam [[{O}]], inshallah we finish the <<Ibn Sina>> poster tomorrow after <<Jumu'ah>>. Khuda hafiz, "
            "[[{F}]]"
        ),
    ),
    (
        "greeting",
        "",
        _k(
            "Kia ora [[{O}]], ngā mihi for your notes on <<Te Tiriti o Waitangi>>. See you at <<Matariki>>. Nāku "
            "noa, nā [[{F}]]"
        ),
    ),
    (
        "greeting",
        "",
        _k(
            "[[{TI}先生]]\nこんにちは。<<ニュートン>>（<<Newton>>）についてのレポートを送ります。協力：[[{O}]]（クラスメート）。\n"
            "[[{F}]]"
        ),
    ),
    (
        "greeting",
        "",
        _k(
            "Dzień dobry Pani Profesor,\nprzesyłam sprawozdanie o <<Marii Skłodowskiej-Curie>>. Pomagał mi brat, "
            "[[{X}]].\nPozdrawiam serdecznie,\n[[{F} {L}]]"
        ),
    ),
    (
        "greeting",
        "",
        _k(
            "Bonjour à tous ! C'est [[{F}]]. Je présente <<Victor Hugo>> demain avec [[{O}]] ; on parle des "
            "<<Misérables>>. Bisous, [[{f}]]"
        ),
    ),
    (
        "greeting",
        "",
        _k(
            "Hei [[{O}]]! Kiitos [[{O}lle]] ja [[{X}lle]] avusta. <<Sibeliuksen>> <<Finlandia>> on upea. Terveisin [[{F}]]"
        ),
    ),
    (
        "greeting",
        "",
        _k("안녕하세요 [[{TI}]] 선생님, [[{O}씨랑]] 같이 <<세종대왕>> 발표 준비했어요. [[{F}]] 드림"),
    ),
    (
        "greeting",
        "",
        _k(
            "Namaste ma'am, this is [[{F}]] from 7C. My dadi [[{X}]] helped me with the <<Ramayana>> summary, the "
            "part where <<Hanuman>> finds <<Sita>>. Thank you, [[{F}]]"
        ),
    ),
    # Particles and double surnames
    (
        "compound",
        "word:Daan,sur:van der Linden",
        _k(
            "Werkstuk over <<Christiaan Huygens>> en de slingerklok door [[Daan van der Linden]] ([[Van der "
            "Linden]] op de lijst, [[vdLinden]] op Teams). Mijn opa [[{X}]] heeft nog zo'n klok."
        ),
    ),
    (
        "compound",
        "word:Ana Sofía,sur:del Río",
        _k(
            "[[Ana Sofía del Río]] - trabajo de geografía sobre el <<Río de la Plata>> y el <<Paraná>>. En la "
            "lista salgo como [[Del Rio, A. S.]]; mis amigas me dicen [[Sofi]]."
        ),
    ),
    (
        "compound",
        "word:Nur Aisyah,sur:binti Hassan",
        _k(
            "Project by [[Nur Aisyah binti Hassan]] ([[Aisyah]] is fine). My father [[Hassan]] is a fisherman in "
            "<<Terengganu>>; I measured salinity at <<Pantai Batu Buruk>> with [[{O}]]."
        ),
    ),
    (
        "compound",
        "word:Omar,sur:al-Farsi",
        _k(
            "Research on <<al-Khwarizmi>> and <<al-jabr>>, the origin of <<algebra>>. By [[Omar al-Farsi]] "
            "([[Al-Farsi, O.]] in the register). <<Al-Biruni>> gets a mention too."
        ),
    ),
    (
        "compound",
        "word:Friedrich,sur:von Bülow",
        _k(
            "[[Friedrich von Bülow]] - Referat über <<Otto von Bismarck>>. [[Von Bülow]] ist nicht adlig, sagt "
            "er, trotz des 'von'. <<Bernhard von Bülow>> war Reichskanzler - keine Verwandtschaft."
        ),
    ),
    (
        "compound",
        "word:Lucas,sur:da Silva",
        _k(
            "<<Lula da Silva>> was elected president of <<Brazil>> in 2002 and again in 2022. Essay by [[Lucas da "
            "Silva]] - no relation, says [[Lucas]]. His avó [[{X}]] voted for <<Lula>> both times."
        ),
    ),
    (
        "compound",
        "word:María Fernanda,sur:López Ortega",
        _k(
            "Autora: [[María Fernanda López Ortega]]\nTema: <<Frida Kahlo>> y <<Diego Rivera>>.\n[[López Ortega]] "
            "agradece a su abuela [[{X}]]. (En la lista sale como [[Maria F. Lopez]].)"
        ),
    ),
    (
        "compound",
        "word:João Pedro,sur:dos Santos Oliveira",
        _k(
            "<<Pelé>> played for <<Santos>> from 1956 to 1974. [[João Pedro dos Santos Oliveira]] ([[JP]], "
            "[[Oliveira]] on the team sheet) supports <<Santos>> because of his avô [[{X}]]."
        ),
    ),
    (
        "compound",
        "word:Camila,sur:García Márquez",
        _k(
            "Ensayo sobre <<Gabriel García Márquez>> y el realismo mágico. Por [[Camila García Márquez]] (sí, los "
            "mismos apellidos: [[García]] por mi padre, [[Márquez]] por mi madre [[{X}]])."
        ),
    ),
    # Family name first
    (
        "name_order",
        "word:An,sur:Nguyễn",
        _k(
            "Presentation by [[Nguyễn Thị An]] ([[An]] in class, [[Nguyen An]] on Moodle). It is <<an>> overview "
            "of the <<Mekong Delta>>; [[An]] grew up in <<Cần Thơ>> and [[{O}]] made the map."
        ),
    ),
    (
        "name_order",
        "word:Ji-woo,sur:Park",
        _k(
            "[[Park Ji-woo]] ([[Jiwoo Park]] in the register) - fieldwork in <<Hyde Park>>: girth of 40 plane "
            "trees. [[Ji-woo]] and [[{O}]] measured; the <<park>> rangers helped."
        ),
    ),
    (
        "name_order",
        "word:Yang,sur:Chen",
        _k(
            "<<Yin and yang>> in <<Daoism>>: opposites that depend on each other. By [[Chen Yang]] ([[Yang Chen]] "
            "on the school system, which swaps them). [[Yang]] says the <<yang>> side is the white one."
        ),
    ),
    (
        "name_order",
        "word:Sakura,sur:Tanaka",
        _k(
            "Japan presentation: hanami is picnicking under <<sakura>> (cherry blossom) in <<April>>. [[Tanaka "
            "Sakura]] / [[Sakura Tanaka]]; [[Tanaka]]-san's grandmother [[{X}]] sent the photos from <<Kyoto>>."
        ),
    ),
    (
        "name_order",
        "word:Wei,sur:Zhang",
        _k(
            "Author: [[ZHANG Wei]] ([[Wei ZHANG]]), Class 10B. Topic: <<Zheng He>>'s voyages, 1405-1433, as far as "
            "<<Mombasa>>. Proofread by [[{O}]]."
        ),
    ),
    # Patronymics
    (
        "patronymic",
        "word:Kristín,sur:Magnúsdóttir",
        _k(
            "Essay: <<Snorri Sturluson>> and the <<Prose Edda>>. [[Kristín Magnúsdóttir]] - my father is "
            "[[Magnús]], so I am [[Magnúsdóttir]] and my brother is [[{X} Magnússon]]. In <<Iceland>> the phone "
            "book lists me by first name. (<<Magnus Magnusson>> of <<Mastermind>> was also Icelandic.)"
        ),
    ),
    (
        "patronymic",
        "word:Anna,sur:Petrova",
        _k(
            "Report on <<Tolstoy>>'s <<Anna Karenina>>: <<Anna Arkadyevna>> has a patronymic, like every Russian. "
            "So do I: [[Anna Sergeyevna Petrova]], after my father [[Sergey]]. My Saturday-school teacher [[{X}]] "
            "calls me [[Anna Sergeyevna]]."
        ),
    ),
    (
        "patronymic",
        "word:Abebe,sur:Bekele",
        _k(
            "[[Abebe Bekele]] - [[Bekele]] is my father's first name, not a family name, so please call me "
            "[[Abebe]], not Mr [[Bekele]]. Topic: <<Abebe Bikila>> won the 1960 marathon barefoot in <<Rome>>."
        ),
    ),
    (
        "patronymic",
        "word:Karthik,sur:Ramasamy",
        _k(
            "[[R. Karthik]] (in <<Tamil Nadu>> the initial is my father's name, [[Ramasamy]]; here I am [[Karthik "
            "Ramasamy]]). Project: <<C. V. Raman>> and the <<Raman>> effect."
        ),
    ),
    # Roster names that are nouns, verbs, adjectives, brands, weekdays, months
    (
        "wordname",
        "word:August",
        _k(
            "In <<August>> 1914 the war began. [[August]] [[{L}]] and [[{O}]] wrote the source analysis; "
            "[[August]]'s birthday is in <<January>>, ironically."
        ),
    ),
    (
        "wordname",
        "sur:Bush",
        _k(
            "The <<bush>> fires in <<New South Wales>> burned 5.5 million hectares. [[{F} {L}]] mapped them; "
            "[[{L}]]'s grandma in <<Melbourne>> sent photos. (<<George W. Bush>> is not relevant, [[{O}]].)"
        ),
    ),
    (
        "wordname",
        "sur:Rich",
        _k(
            "Being <<rich>> does not make you happy, argues the essay by [[{F} {L}]], who is not <<rich>>. "
            "[[{L}]] quotes <<Adam Smith>> and <<Oscar Wilde>>."
        ),
    ),
    (
        "wordname",
        "word:Tuesday",
        _k(
            "Homework due <<Tuesday>>. [[Tuesday]] [[{L}]] did it on <<Monday>>, [[{O}]] on <<Wednesday>>. "
            "[[Tuesday]]'s mum [[{X}]] named her after the day she was born."
        ),
    ),
    (
        "wordname",
        "word:Sage",
        _k(
            "Add fresh <<sage>> at the end, says the recipe. [[Sage]] [[{L}]] cooked the risotto for food tech; "
            "[[{O}]] did the costing in <<Sage>> accounts."
        ),
    ),
    (
        "wordname",
        "word:Ash",
        _k(
            "Volcanic <<ash>> from <<Eyjafjallajökull>> grounded flights in 2010. [[Ash]] ([[{F} {L}]]) wrote "
            "about it; the <<ash>> tree outside the lab has dieback, [[Ash]] added."
        ),
    ),
    (
        "wordname",
        "word:Miles",
        _k(
            "Average speed: 26.2 <<miles>> in 3 hours is 8.7 mph. [[Miles]] [[{L}]] ran the <<London Marathon>> "
            "with his dad [[{X}]] and used his own split times."
        ),
    ),
    (
        "wordname",
        "word:Porsche",
        _k(
            "Business studies: <<Porsche>> sells fewer cars than <<Volkswagen>> but at a higher margin. "
            "[[Porsche]] [[{L}]] (named after the car, her dad [[{X}]] admits) did the SWOT analysis."
        ),
    ),
    (
        "wordname",
        "sur:Frost",
        _k(
            "<<Frost>> forms when the dew point is below 0 °C. Weather diary by [[{F} {L}]]: <<frost>> on 9 of 14 "
            "mornings. [[{L}]] also recited <<Robert Frost>>'s 'The Road Not Taken'."
        ),
    ),
    (
        "wordname",
        "word:Dean",
        _k(
            "The <<Dean>> of the faculty, Prof. [[{TI}]], signed the letter. [[Dean]] [[{L}]] (a first-year, not "
            "a dean) asked [[{O}]] for a copy."
        ),
    ),
    # One-line texts
    ("short", "", _k("[[{f}]]??")),
    ("short", "word:May", _k("<<May>> 4th: [[May]] off sick")),
    ("short", "", _k("ask [[{TI}]]")),
    ("short", "sur:Hooke", _k("<<Hooke>>'s law - [[{L}]]")),
    ("short", "word:Sage", _k("[[Sage]]: <<sage>>, thyme")),
    ("short", "", _k("xoxo [[{x}]]")),
    ("short", "", _k("[[{F}]] ✔ [[{O}]] ✘")),
    # Long texts
    (
        "long",
        "word:Thomas",
        _k(
            "History coursework: Was <<Thomas Cromwell>> the real power behind <<Henry VIII>>?\n\nBetween 1532 and "
            "1540 <<Cromwell>> ran the government. He organised the break with <<Rome>>, the dissolution of the "
            "monasteries and the <<Act of Supremacy>>. <<Thomas More>>, who refused the oath, was executed in "
            "1535, and <<Cromwell>> himself was executed five years later after the disastrous marriage to <<Anne "
            "of Cleves>>. [[{O}]] argued in class that <<Henry>> was always in control and that <<Cromwell>> was "
            "just a tool, like <<Wolsey>> before him.\n\nI interviewed my grandad, [[{X} {XL}]], who studied "
            "history at <<Durham>> in the 1970s. He said historians like <<Geoffrey Elton>> saw a Tudor revolution "
            "in government driven by <<Cromwell>>, while <<Diarmaid MacCulloch>> shows a more human <<Cromwell>>. "
            "[[{X}]] lent me <<MacCulloch>>'s biography; it is 700 pages and I read about 90.\n\nIn conclusion, "
            "<<Cromwell>> had real power, but only while <<Henry>> allowed it. (Friends call me [[Tom]]; no "
            "relation to either <<Thomas>> in this essay. - [[{F} {L}]], 10H, for Mrs [[{TI}]].)"
        ),
    ),
    (
        "long",
        "",
        _k(
            "Practical 6: Does garlic inhibit bacterial growth?\nGroup: [[{F} {L}]], [[{O} {OL}]], [[{Y}]] "
            "(visiting student from <<Lycée Pasteur>>)\nTechnician: [[{X}]]\n\nIntroduction\nSince <<Alexander "
            "Fleming>> noticed in 1928 that a mould killed <<Staphylococcus>> on a <<Petri>> dish, scientists have "
            "looked for natural antibiotics. <<Louis Pasteur>> had already shown that microbes cause disease.\n\n"
            "Method\nWe spread <<E. coli>> on agar in three <<Petri>> dishes, placed paper discs soaked in 0 %, "
            "50 % and 100 % garlic extract, and incubated them at 25 °C for 48 h. [[{O}]] made the extract with a "
            "pestle and mortar; I ([[{F}]]) measured the clear zones. A <<Gram>> stain confirmed the bacteria were "
            "<<Gram>>-negative.\n\nResults\nClear zone: 0 mm, 6 mm and 11 mm. [[{Y}]] repeated the 100 % disc and "
            "got 10 mm.\n\nConclusion\nGarlic inhibits <<E. coli>>, and more extract inhibits more. [[{X}]] "
            "reminded us that 25 °C, not 37 °C, is the school safety limit. Thanks to Dr [[{TI}]] for lending the "
            "incubator.\n\n([[{I}{LI}]], [[{O[0]}{OL[0]}]])"
        ),
    ),
    (
        "long",
        "",
        _k(
            "dear diary (its for english, miss [[{TI}]] said a diary counts as creative writing lol)\n\nmonday: "
            "woke up late bc my sister [[{x}]] used all the hot water AGAIN. bus was late. [[{o}]] saved me a "
            "seat. we had a test on the tudors and i wrote that <<anne boleyn>> had 6 fingers which is apparently a "
            "myth??\n\ntuesday: football after school, coach [[{Y}]] made us run laps cos [[{o}]] was cheeky. we "
            "lost 3-1 to <<st josephs>>.\n\nwednesday: finished <<of mice and men>>. i cried when <<george>> shot "
            "<<lennie>>, dont tell anyone. [[{f}]] (me) is not usually a crier.\n\nthursday: nan n grandad came "
            "round. grandad showed me his old photos from <<jamaica>>, he says he once met <<bob marley>>!!\n\n"
            "friday: [[{o}]] is having a sleepover but i cant go bc its my cousin [[{X}]]'s birthday. tbh ok with "
            "that.\n\n- [[{f}]]"
        ),
    ),
    (
        "long",
        "word:Justine",
        _k(
            "How does <<Mary Shelley>> present responsibility in <<Frankenstein>>?\n\n<<Victor Frankenstein>> "
            "creates life and then runs from it. His creature, rejected by everyone from the <<De Lacey>> family "
            "to <<Victor>> himself, turns to murder: first <<William>>, <<Victor>>'s little brother, then <<Henry "
            "Clerval>> and finally <<Elizabeth Lavenza>> on her wedding night. The most painful death is <<Justine "
            "Moritz>>, a servant hanged for <<William>>'s murder because <<Victor>> will not speak.\n\nAs a "
            "[[Justine]] myself, I have always found that chapter hard. My mum [[{X}]] named me after a song, not "
            "the book, but my English teacher in Year 9, Mr [[{XL}]], never let me forget <<Justine>>'s fate. "
            "[[{O}]] argued in our seminar that <<Victor>>'s silence is cowardice; I think it is worse: it is "
            "vanity.\n\n<<Shelley>> began the novel on the shore of <<Lake Geneva>> in 1816, the year without a "
            "summer, after <<Lord Byron>> challenged his guests to write ghost stories, and <<Percy>> edited it. "
            "Modern readers connect it with artificial intelligence: who is responsible when a creation harms "
            "people?\n\nIn conclusion, <<Frankenstein>>'s crime is not creating life but abandoning it.\n[[{F} "
            "{L}]] ([[{SID}]]), word count 245"
        ),
    ),
    # Initials, phones, addresses, e-mails, handles, ids, misspellings, nicknames, capitals, outsiders
    (
        "initials",
        "",
        _k(
            "Seen by [[{I}{LI}]] and [[{O[0]}{OL[0]}]]. The quote on slide 2 is from <<J. F. Kennedy>>'s 1962 "
            "<<Rice University>> speech, not <<JFK>> the airport."
        ),
    ),
    (
        "initials",
        "",
        _k(
            "Peer assessment: [[{F}]] gave [[{O[0]}.]] 4/5 and [[{O[0]}.]] gave [[{I}.]] 5/5. <<E. M. Forster>>'s "
            "'only connect' was our motto."
        ),
    ),
    (
        "phone",
        "",
        _k(
            "School office: <<01632 960 000>>. My home: [[01632 960{d}4]], or my mum [[{X}]] on [[07700 900{d}7]]. "
            "- [[{F}]]"
        ),
    ),
    (
        "address",
        "",
        _k(
            "Send the DT project back to [[Flat 3, 27 Mafeking Road]], <<Cardiff>>. If I'm out, give it to my "
            "flatmate [[{X}]]. (School: <<Cathays High School>>, <<Crwys Road>>.)"
        ),
    ),
    (
        "address",
        "",
        _k(
            "I live at [[48 Lincoln Avenue]], named after <<Abraham Lincoln>> like half the streets in our town. "
            "Nearest landmark: the <<Lincoln Memorial>> replica in <<Jefferson Park>>. - [[{F}]]"
        ),
    ),
    (
        "email",
        "",
        _k(
            "school email [[{uf}.{u}{d}@students.westfield.sch.uk]] pls not my personal one "
            "([[{uf}xo{d}@yahoo.co.uk]]), my mum reads that"
        ),
    ),
    (
        "url_handle",
        "",
        _k(
            "follow my art acc on insta @[[{uf}.draws]] and tiktok @[[{uf}{u}_art]] 🎨 inspired by <<Banksy>> and "
            "<<Yayoi Kusama>>"
        ),
    ),
    (
        "student_id",
        "",
        _k(
            "Candidate number: [[{SIDD}]]   Centre number: <<64395>>\nCandidate name: [[{LU}]] [[{F}]]\nPaper 2: "
            "<<Shakespeare>> and the 19th-century novel"
        ),
    ),
    (
        "misspelling",
        "word:Siobhan,sur:Murphy",
        _k(
            "thx [[Shivaun]] (sorry, i never know how to spell [[Siobhan]]) for the <<Murphy>>'s law example - if "
            "it can go wrong it will. - [[{o}]]"
        ),
    ),
    (
        "nickname",
        "nick:Margaret:Maggie",
        _k(
            "Essay on <<Margaret Thatcher>> and the 1984 miners' strike by [[Maggie]] ([[Margaret {L}]]), who is "
            "tired of being called the <<Iron Lady>>. Interview with my grandad [[{X}]], a miner in <<Barnsley>>."
        ),
    ),
    (
        "allcaps",
        "",
        _k(
            "NAME: [[{FU} {LU}]]   FORM: 8R   TEACHER: MRS [[{TI}]]\nTOPIC: <<WILLIAM THE CONQUEROR>> AND THE "
            "BATTLE OF <<HASTINGS>>, 1066"
        ),
    ),
    (
        "outsider",
        "",
        _k(
            "my step-dad [[{X}]] and my real dad [[{Y}]] both tried to help with the <<pythagoras>> question and "
            "got different answers 😂 sir pls decide"
        ),
    ),
]
HELD_OUT_S += _word_pairs(
    [
        ("sur:Petri", ["Pour 20 ml of molten agar into each <<Petri>> dish and leave the lids ajar."]),
        ("word:Savannah", ["Lions on the <<savannah>> hunt mostly at dusk; the zebras migrate in <<July>>."]),
        ("sur:Cook", ["<<Cook>> the rice for 12 minutes, then weigh it again to find the water absorbed."]),
        ("word:Harmony", ["The choir sang the hymn in four-part <<harmony>> and the <<Amen>> in unison."]),
        ("word:Pearl", ["A <<pearl>> is mostly calcium carbonate, so it fizzes in vinegar like chalk."]),
        ("word:August", ["The <<august>> committee met on 3 <<August>> and rejected the petition."]),
        ("word:Christian", ["<<Christian>> Aid week raised £340 for the water project in <<Malawi>>."]),
        ("sur:Bishop", ["The <<Bishop>> of <<Durham>> opened the new library during <<Lent>>."]),
        ("word:Ash", ["The <<ash>> content of the oat sample was 4 % by mass after burning in a crucible."]),
        ("sur:Frost", ["A hard <<frost>> killed the seedlings, so the growth data for week 3 is missing."]),
    ]
)
