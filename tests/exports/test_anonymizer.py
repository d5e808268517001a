"""The anonymizer on a labelled set: [[...]] marks a planted item that must go; every other
word must stay. Words are compared in order, so a removed ordinary word is counted once."""

import difflib
import re
import time

import pytest

from exports.anonymizer import Anonymizer, Person, pseudonym
from tests.exports.anonymizer_cases import cases, rate, score

ROSTER = [
    Person("s:1", "Will Turner", "student", "S20230001"),
    Person("s:2", "Grace Hopper-Lee", "student", "S20230002"),
    Person("s:3", "Mark O'Brien", "student", "S20230003"),
    Person("s:4", "Bill Nguyen", "student", "S20230004"),
    Person("s:5", "Mary-Jane Watson", "student", "mjw.2023"),
    Person("s:6", "Zoë Müller", "student", "S20230006"),
    Person("s:7", "Hope Daniels", "student", "S20230007"),
    Person("u:1", "Rose Castellano", "instructor"),
    Person("u:2", "Frank Ibarra", "instructor"),
]

LABELLED = [
    "[[Will]] explained recursion clearly. Will the base case always be reached?",
    "I will argue that [[Will Turner]]'s proof is correct.",
    "[[will turner]] wrote this answer and [[TURNER]] signed it.",
    "Will it terminate? Yes, because n shrinks each call.",
    "Mark the loop invariant before you prove anything.",
    "[[Mark]] said the invariant holds; [[O'Brien]] agreed.",
    "The mark scheme gives full marks for a correct base case.",
    "[[Mark O'Brien]] and [[Bill Nguyen]] worked together on this.",
    "Bill the client only after the tests pass, said the spec.",
    "The bill for the servers was high, so [[Bill]] optimised the query.",
    "[[Grace]] found the bug during the grace period.",
    "Grace under pressure is a virtue, wrote [[Hopper-Lee]].",
    "[[Grace Hopper-Lee]]'s compiler notes were clear.",
    "[[grace hopper-lee]] forgot to sign the header.",
    "[[Mary-Jane]] used a stack; [[Watson]] used a queue.",
    "Ask [[Mary-Jane Watson]] about the heap property.",
    "[[Zoë]] and [[Müller]] both chose merge sort.",
    "[[ZOË MÜLLER]] wrote the pseudocode in capitals.",
    "I hope the hash function spreads keys evenly.",
    "[[Hope]] thinks the hash function spreads keys evenly.",
    "We hope [[Hope Daniels]] will present next week.",
    "Professor [[Castellano]] asked for a frank discussion of complexity.",
    "[[Rose Castellano]] graded the first draft.",
    "The error rate rose sharply when the cache was full.",
    "[[Frank]] marked this section; to be frank, it is weak.",
    "Dr. [[Ibarra]]'s comments on [[Will]]'s draft were helpful.",
    "Contact me at [[will.turner@uni.edu]] if the link breaks.",
    "Send it to [[grace_hl+cs101@mail.example.org]] before Friday.",
    "My email is [[MARK.OBRIEN@UNI.EDU]].",
    "Call [[+1 (555) 123-4567]] for help.",
    "My number is [[555-123-4567]] or [[555.987.6543]].",
    "Text [[0412 345 678]] after class.",
    "The office line is [[+44 20 7946 0958]].",
    "Reach [[Bill]] on [[5551234567]] tonight.",
    "Ring [[(555) 222 3333]] any weekday.",
    "My student id is [[S20230001]].",
    "Record [[S20230004]] is missing a grade.",
    "Use id [[mjw.2023]] for the lab machine.",
    "A badge code like [[A1234567]] opens the lab.",
    "See [[https://github.com/willturner/recursion]] for the code.",
    "The notes are at [[www.example.edu/cs101/notes]], section two.",
    "I copied the idea from [[http://bit.ly/3xYz]].",
    "Binary search halves the range, so it takes O(log n) steps.",
    "In 2024 the array held 1000000 items and search took 20 steps.",
    "The years 1939-1945 are a classic example range.",
    "Pi is roughly 3.14159265, which the loop approximates.",
    "The list 10 20 30 40 is already sorted.",
    "The deadline was 2024-03-15 and I submitted on 15/03/2024.",
    "Recursion may use more memory than iteration; it will grow the stack.",
    "[[Will]]'s stack overflowed at depth 10000.",
    "In May we studied graphs; in June, dynamic programming.",
    "The summer project used a priority queue.",
    "Quicksort will be fast on average; its worst case is quadratic.",
    "[[Bill]] asked whether the bill of materials was a tree.",
    "Thanks to [[Grace]] and [[Frank]] for reviewing.",
    "[[Müller]]'s answer compared heaps and [[Nguyen]]'s answer compared tries.",
    "Hash tables use chaining or open addressing to resolve collisions.",
    "Mark each visited node, then backtrack when stuck.",
]

PLACEHOLDER = re.compile(r"\[[A-Z]+\]")
WORD = re.compile(r"[^\W_]+")
PLANTED = re.compile(r"\[\[(.+?)\]\]")


def _words(text):
    return WORD.findall(PLACEHOLDER.sub(" ", text))


def _score(anonymizer):
    planted_left, wrongly_removed, kept_total = [], [], 0
    for labelled in LABELLED:
        source = PLANTED.sub(r"\1", labelled)
        expected = _words(PLANTED.sub(" ", labelled))
        got = _words(anonymizer.anonymize(source, subject="s:1"))
        kept_total += len(expected)
        for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=expected, b=got, autojunk=False).get_opcodes():
            if op in ("delete", "replace"):
                wrongly_removed += expected[i1:i2]
            if op in ("insert", "replace"):
                planted_left.append((labelled, got[j1:j2]))
    return planted_left, wrongly_removed, kept_total


def test_the_labelled_set_is_big_enough_and_has_every_kind_of_item():
    assert len(LABELLED) >= 50
    planted = " ".join(m for t in LABELLED for m in PLANTED.findall(t))
    for needle in ["Will", "Grace", "Mark", "Bill", "Hopper-Lee", "O'Brien", "@", "555", "S2023", "https://"]:
        assert needle in planted


def test_every_planted_item_is_removed_and_under_one_percent_of_other_words_are():
    planted_left, wrongly_removed, kept_total = _score(Anonymizer(ROSTER))
    assert planted_left == []
    assert len(wrongly_removed) / kept_total < 0.01, wrongly_removed


@pytest.mark.parametrize(
    "text, subject, expected",
    [
        ("Will Turner's answer", "s:1", "[STUDENT]'s answer"),
        ("Will Turner's answer", "s:2", "[NAME]'s answer"),
        ("Rose Castellano liked it", "s:1", "[INSTRUCTOR] liked it"),
        ("mail will.turner@uni.edu now", "s:1", "mail [EMAIL] now"),
        ("see https://x.org/a.", "s:1", "see [URL]."),
        ("call 555-123-4567", "s:1", "call [PHONE]"),
        ("id S20230002", "s:1", "id [ID]"),
    ],
)
def test_placeholders_say_what_was_removed(text, subject, expected):
    assert Anonymizer(ROSTER).anonymize(text, subject=subject) == expected


def test_pseudonym_is_a_keyed_stable_hash_of_the_student_id():
    assert pseudonym("S1", "k") == pseudonym("S1", "k")
    assert pseudonym("S1", "k") != pseudonym("S1", "other key")
    assert pseudonym("S1", "k") != pseudonym("S2", "k")
    assert len(pseudonym("S1", "k")) == 64 and "S1" not in pseudonym("S1", "k")


def test_letters_inside_a_name_word_with_digits_stay_in_the_text():
    anonymizer = Anonymizer([Person("s:1", "imp-3be41add Jo", "student", "imp-3be41add")])
    assert anonymizer.anonymize("It can be added to the list, Jo said.", subject="s:1") == (
        "It can be added to the list, [STUDENT] said."
    )


HARD_ROSTER = [
    Person("s:1", "José García", "student", "S1"),
    Person("s:2", "Grace Doe", "student", "S2"),
    Person("s:3", "Robert Stone", "student", "S3"),
    Person("s:4", "Summer Baker", "student", "S4"),
    Person("s:5", "Mark Rose", "student", "S5"),
    Person("s:6", "Hope Okafor", "student", "S6"),
    Person("s:7", "Bill Art", "student", "S7"),
    Person("s:8", "Faith Nguyễn", "student", "S8"),
    Person("s:9", "Maria Müller", "student", "S9"),
    Person("u:1", "Rose Castellano", "instructor"),
]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("jose and me did it", "[STUDENT] and me did it"),
        ("my partner is mark", "my partner is [NAME]"),
        ("i'm faith", "i'm [NAME]"),
        ("GRACE said so", "[NAME] said so"),
        ("G. Doe wrote it", "[NAME] wrote it"),
        ("Doe G. wrote it", "[NAME]. wrote it"),
        ("Reviewed by Doe, G.", "Reviewed by [NAME]."),
        ("Bob helped me", "[NAME] helped me"),
        ("Written by Grace\nDoe today", "Written by [NAME] today"),
        ("Written by Cas-\ntellano", "Written by [INSTRUCTOR]"),
        ("see github.com/gracedoe", "see [URL]"),
        ("ping @gdoe or @grace_doe", "ping [NAME] or [NAME]"),
        ("my login is gdoe42", "my login is [NAME]"),
        ("mail gdoe AT school DOT edu", "mail [EMAIL]"),
        ("mail x [at] y [dot] com", "mail [EMAIL]"),
        ("mail grace dot doe at uni dot edu", "mail [EMAIL]"),
        ("Maria's proof", "[NAME]'s proof"),
        ("Mueller agreed", "[NAME] agreed"),
        ("NGUYEN wrote it", "[NAME] wrote it"),
        ("Thanks,\nGrace", "Thanks,\n[NAME]"),
        ("Hi Summer, here it is", "Hi [NAME], here it is"),
        ("Art and I did it", "[NAME] and I did it"),
        ("I asked Hope about heaps", "I asked [NAME] about heaps"),
        ("Partner: mark", "Partner: [NAME]"),
        ("me n mark checked it", "me n [NAME] checked it"),
        ("peer review for mark:\nGood.", "peer review for [NAME]:\nGood."),
        ("doe got the same answer as me", "[NAME] got the same answer as me"),
        ("JOSE & GRACE - LAB 4", "[STUDENT] & [NAME] - LAB 4"),
        ("Essay by Grace D\nMy answer", "Essay by [NAME]\nMy answer"),
        ("Group 3 (G.D., Jose)", "Group 3 ([NAME], [STUDENT])"),
        ("reach me at gdoe42 at gmail", "reach me at [EMAIL]"),
        ("Email: grace . doe [ at ] uni [ dot ] edu", "Email: [EMAIL]"),
    ],
)
def test_roster_names_go_in_the_spellings_students_use(text, expected):
    assert Anonymizer(HARD_ROSTER).anonymize(text, subject="s:1") == expected


@pytest.mark.parametrize(
    "text",
    [
        "In Summer 2024 the course used Python.",
        "My grandmother grows rose bushes.",
        "Hope is not a plan, so I tested it.",
        "Like the Bill of Rights, the spec lists limits.",
        "It handles errors with grace under pressure.",
        "Mark the answer that uses a stack.",
        "The art of proofs is patience.",
        "I have faith in the compiler.",
        "Dijkstra's algorithm is greedy, as Newton's method is iterative.",
        "Hi, Quicksort is fast on average.",
        "My mentor says Recursion is elegant.",
        "Look at the code.",
        "I looked at gmail and at school today.",
        "Grace Hopper found a moth in the relay.",
        "Lake Victoria is large.",
        "We live in the U.S. and use A.I. tools.",
    ],
)
def test_the_same_words_stay_where_they_are_not_names(text):
    assert Anonymizer(HARD_ROSTER).anonymize(text, subject="s:1") == text


@pytest.mark.parametrize(
    "text, expected",
    [
        ("My mom Linda helped me.", "My mom [NAME] helped me."),
        ("my brother carlos says hi", "my brother [NAME] says hi"),
        ("I studied with my roommate Kevin Okonkwo.", "I studied with my roommate [NAME]."),
        ("Mr. Kowalski taught us this.", "Mr. [NAME] taught us this."),
        ("Priyanka (my cousin) helped.", "[NAME] (my cousin) helped."),
        ("Thanks for reading.\nLove, Xiomara", "Thanks for reading.\nLove, [NAME]"),
        ("I told Svetlana about the bug.", "I told [NAME] about the bug."),
        ("I spoke to Thabo, Kevin and Mrs Adeyemi.", "I spoke to [NAME], [NAME] and Mrs [NAME]."),
        ("Coach Yamamoto made us run.", "Coach [NAME] made us run."),
        ("I went to the library with Megan.", "I went to the library with [NAME]."),
    ],
)
def test_people_not_on_the_roster_go_where_the_text_says_who_they_are(text, expected):
    assert Anonymizer(HARD_ROSTER).anonymize(text, subject="s:1") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Frames sent with Ethernet are fine, as with IPv6 and DQDBs.",
        "We compared it with Dijkstra's algorithm.",
        "I asked Siri and Alexa the same question.",
    ],
)
def test_products_methods_and_famous_people_after_with_or_asked_stay(text):
    assert Anonymizer(HARD_ROSTER).anonymize(text, subject="s:1") == text


ROSTER_OF_WORDS = [Person("s:1", "Mónica Fisher"), Person("s:2", "Ruby Silva"), Person("s:3", "Ada Okafor")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Fisher's exact test gave p = 0.03.", "Fisher's exact test gave p = 0.03."),
        ("Fisher's answer was short.", "[STUDENT]'s answer was short."),
        ("I rewrote the parser in Ruby.", "I rewrote the parser in Ruby."),
        ("Ruby found the bug.", "[NAME] found the bug."),
        ("Ada Lovelace wrote the first algorithm.", "Ada Lovelace wrote the first algorithm."),
        ("Ada wrote the first test.", "[NAME] wrote the first test."),
    ],
)
def test_a_roster_name_that_is_a_method_language_or_famous_name_stays_only_there(text, expected):
    assert Anonymizer(ROSTER_OF_WORDS).anonymize(text, subject="s:1") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Student number: 20230001", "Student number: [ID]"),
        ("Matric no. 4471920 is mine", "Matric no. [ID] is mine"),
        ("In 2024 we sorted 1000000 items.", "In 2024 we sorted 1000000 items."),
        ("omars code", "omars code"),
        ("Will asked: will the recursion stop?", "[STUDENT] asked: will the recursion stop?"),
    ],
)
def test_ids_in_other_formats_go_and_a_question_after_a_colon_keeps_its_word(text, expected):
    assert Anonymizer(ROSTER).anonymize(text, subject="s:1") == expected


PLACES_ROSTER = [Person("s:1", "Austin Reyes"), Person("s:2", "June Park"), Person("s:3", "Georgia Lee")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("JUNE: GOOD MORNING EVERYONE.", "[NAME]: GOOD MORNING EVERYONE."),
        ("[10:42] june: ok so next slide", "[10:42] [NAME]: ok so next slide"),
        ("june here, sorry for the late post.", "[NAME] here, sorry for the late post."),
        ("i think june was right tbh", "i think [NAME] was right tbh"),
        ("Presented by AR and JP.", "Presented by [STUDENT] and [NAME]."),
        ("Discord: june#4141 or reyes#0007", "Discord: [NAME] or [STUDENT]"),
        ("my email is austin reyes at gmail dot com", "my email is [EMAIL]"),
        ("Contact: june[.]park[@]uni[.]edu", "Contact: [EMAIL]"),
        ("The conference was in Austin, so Austin presented.", "The conference was in Austin, so [STUDENT] presented."),
        ("I moved here from Georgia; Georgia helped me.", "I moved here from Georgia; [NAME] helped me."),
    ],
)
def test_speakers_bare_initials_discord_names_and_spelled_addresses_go_and_places_stay(text, expected):
    assert Anonymizer(PLACES_ROSTER).anonymize(text, subject="s:1") == expected


@pytest.mark.parametrize(
    "text",
    [
        "I wrote it in JS and tested it on an IP camera.",
        "PART B BY GROUP AR TEAM",
        "In June: we studied graphs.",
        "Ask issue#1234 on the tracker.",
        "Look at the lab dot com address.",
    ],
)
def test_abbreviations_capitals_months_after_words_and_other_hashes_stay(text):
    assert Anonymizer(PLACES_ROSTER).anonymize(text, subject="s:1") == text


@pytest.mark.parametrize(
    "text, expected",
    [
        ("My grandma Ama and grandpa Oluwaseun raised me.", "My grandma [NAME] and grandpa [NAME] raised me."),
        ("Yusuf from my church youth group also helped.", "[NAME] from my church youth group also helped."),
        ("Data from my survey is below.", "Data from my survey is below."),
    ],
)
def test_relatives_listed_together_and_people_from_the_writers_groups_go(text, expected):
    assert Anonymizer(PLACES_ROSTER).anonymize(text, subject="s:1") == expected


CODE_ROSTER = [Person("s:1", "Amelia Brown", "student", "S2438744"), Person("s:2", "Mark Tran", "student", "S4409903")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("#cs101 #ameliabrowncodes", "#cs101 [STUDENT]"),
        ("#TeamAmelia won!", "[STUDENT] won!"),
        ('File "C:\\Users\\amelia\\Desktop\\hw3.py"', 'File "C:\\Users\\[STUDENT]\\Desktop\\hw3.py"'),
        ("2438744_lab3_report.pdf", "[ID]_lab3_report.pdf"),
        ("(My ID is 440 9903 if you need it.)", "(My ID is [ID] if you need it.)"),
        ("We met at the Browns' house.", "We met at the [STUDENT]' house."),
        ("// TODO(AB): free the buffer", "// TODO([STUDENT]): free the buffer"),
        ("# fixed by mark on 3/4", "# fixed by [NAME] on 3/4"),
    ],
)
def test_names_and_ids_in_code_paths_hashtags_and_file_names_go(text, expected):
    assert Anonymizer(CODE_ROSTER).anonymize(text, subject="s:1") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("INTERVIEWER: How long?\nINGRID: About twelve years.", "INTERVIEWER: How long?\n[NAME]: About twelve years."),
        ("Interviewee: Chloe Okonkwo\nInterviewer: Amelia", "Interviewee: [NAME]\nInterviewer: [STUDENT]"),
        ("Present: Amelia, Mark, Yusuf (guest).", "Present: [STUDENT], [NAME], [NAME] (guest)."),
        ("Thanks to Tariq and Maeve from robotics club.", "Thanks to [NAME] and [NAME] from robotics club."),
        ("Every night my host sibling Dmitriy quizzed me.", "Every night my host sibling [NAME] quizzed me."),
        ("My host mother, Frau Kaczmarek, corrected me.", "My host mother, [NAME], corrected me."),
    ],
)
def test_interviewees_guests_hosts_and_people_thanked_go(text, expected):
    assert Anonymizer(CODE_ROSTER).anonymize(text, subject="s:1") == expected


@pytest.mark.parametrize(
    "text",
    [
        "TCP: Header size is 20 bytes.\nUDP: Header size is 8 bytes.",
        "Heterogenity: devices differ.",
        "Two nodes reach the same AP but not each other.",
        "PEER REVIEW\nMARK: 8/10",
        "Date: 3 June",
    ],
)
def test_headings_acronyms_scores_and_dates_stay(text):
    roster = [*CODE_ROSTER, Person("s:3", "Ana Perez"), Person("s:4", "June Park")]
    assert Anonymizer(roster).anonymize(text, subject="s:1") == text


def test_a_possessive_written_without_its_apostrophe_goes():
    anonymizer = Anonymizer([Person("s:1", "Omar Haddad")])
    assert anonymizer.anonymize("omars code was easier to read", subject="s:1") == "[STUDENT] code was easier to read"


OTHER_ROSTER = [Person("s:1", "Carol Marsh"), Person("s:2", "Rowan Price"), Person("s:3", "Dan Okafor")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Opposition: Hiroshi and Aisha (visiting team)", "Opposition: [NAME] and [NAME] (visiting team)"),
        ("3. Linda Ivanova (visitor, 1301)", "3. [NAME] (visitor, 1301)"),
        ("— Олена Шевченко", "— [NAME]"),
        ("Thanks Evgenia for lending us the pipettes!", "Thanks [NAME] for lending us the pipettes!"),
        ("ty tobais for the charger lol", "ty [NAME] for the charger lol"),
        ("My twin Priyanka is in the other set.", "My twin [NAME] is in the other set."),
        ("My baby sister Blessing was born in May.", "My baby sister [NAME] was born in May."),
        ("Ifeoma Okafor (mum) signed the form.", "[NAME] [NAME] (mum) signed the form."),
    ],
)
def test_people_named_without_a_cue_go_when_their_given_name_is_known(text, expected):
    assert Anonymizer(OTHER_ROSTER).anonymize(text, subject="s:1") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ada Lovelace and Katherine Johnson computed by hand.",
        "Alice signs the message and Bob checks it.",
        "We flew to Sofia, then on to Lake Victoria.",
        "Pascal's triangle gives the binomial coefficients.",
        "We compared heights with a Mann-Whitney U test.",
        "My uncle drove us there in his Mercedes.",
    ],
)
def test_famous_people_stock_characters_methods_products_and_places_with_given_names_stay(text):
    assert Anonymizer(OTHER_ROSTER).anonymize(text, subject="s:1") == text


@pytest.mark.parametrize(
    "text, expected",
    [
        ("We sang a carol by the rowan tree.", "We sang a carol by the rowan tree."),
        ("Carol singers came round on Friday.", "Carol singers came round on Friday."),
        ("Carol wrote the intro and Rowan drew the graphs.", "[STUDENT] wrote the intro and [NAME] drew the graphs."),
    ],
)
def test_a_roster_name_that_is_a_dictionary_word_goes_only_where_it_is_a_name(text, expected):
    assert Anonymizer(OTHER_ROSTER).anonymize(text, subject="s:1") == expected


SIGNING_ROSTER = [Person("s:1", "Jane Doe"), Person("s:2", "Taylor King"), Person("s:3", "José Petri")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("\\author{J.~Doe \\and T.~King}", "\\author{[STUDENT] \\and [NAME]}"),
        ("% TODO JD: cite this properly", "% TODO [STUDENT]: cite this properly"),
        ("Motion proposed JD, seconded TK. Carried.", "Motion proposed [STUDENT], seconded [NAME]. Carried."),
        ("Good work, see you Monday.\n\n- jd", "Good work, see you Monday.\n\n- [STUDENT]"),
        ("👍 3 (Jane, Taylor, chloe)", "👍 3 ([STUDENT], [NAME], [NAME])"),
        ("Went to Lucia's after school.", "Went to [NAME]'s after school."),
        ("Tentative: Taylor", "Tentative: [NAME]"),
    ],
)
def test_initials_signatures_tex_authors_listed_lower_case_names_and_invitees_go(text, expected):
    assert Anonymizer(SIGNING_ROSTER).anonymize(text, subject="s:1") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Jane derived the Taylor series; I swabbed a Petri dish.",
        "We flew to San José for the camp.",
        "My speech was about Nelson Mandela.",
        "We fine-tuned BERT and compared it with Claude.",
        "We surveyed customers outside Wendy's.",
        "Rose petals gave the clearest spots.",
    ],
)
def test_methods_saints_places_famous_full_names_and_models_stay(text):
    expected = text.replace("Jane", "[STUDENT]")
    assert Anonymizer(SIGNING_ROSTER + [Person("s:4", "Rose Marsh")]).anonymize(text, subject="s:1") == expected


TABLE_ROSTER = [Person("s:1", "Frank Carter"), Person("s:2", "Ayşe Smith"), Person("s:3", "Grace Marsh")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Assessor\tAssessee\tScore\nSmith A\tCarter F\t4", "Assessor\tAssessee\tScore\n[NAME]\t[STUDENT]\t4"),
        ("3rd 🥉 frank_carter 8,760", "3rd 🥉 [STUDENT] 8,760"),
        ("The method was written by Gr\xadace.", "The method was written by [NAME]."),
        (
            "Ayşe'll bring the poster and Frank'd better bring the glue.",
            "[NAME]'ll bring the poster and [STUDENT]'d better bring the glue.",
        ),
        ("Hoca'ya ve Fatima'e çok teşekkürler!", "Hoca'ya ve [NAME]'e çok teşekkürler!"),
        ("I went to the library with rashid after school", "I went to the library with [NAME] after school"),
        ("Thanks to Grandma Jo for the sandwiches.", "Thanks to Grandma [NAME] for the sandwiches."),
        ("Scorer: Marsh", "Scorer: [NAME]"),
    ],
)
def test_names_in_score_tables_handles_soft_hyphens_apostrophe_suffixes_and_labels_go(text, expected):
    assert Anonymizer(TABLE_ROSTER).anonymize(text, subject="s:1") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Storm Ciara shut the school on Monday.",
        "Was Winston Churchill a liability in 1915?",
        "James Watt never saw one.",
    ],
)
def test_named_storms_and_famous_people_with_a_common_given_name_stay(text):
    assert Anonymizer(TABLE_ROSTER).anonymize(text, subject="s:1") == text


def test_the_hard_set_has_hundreds_of_texts_from_many_rosters_with_every_case():
    items = cases("all")
    assert len(items) >= 300
    assert len({tuple(p.name for p in case.roster) for case in items}) >= 300
    assert {case.category for case in items} >= {
        "lowercase",
        "allcaps",
        "wordname",
        "word_not_name",
        "initials",
        "nickname",
        "split",
        "url_handle",
        "email",
        "non_english",
        "possessive",
        "outsider",
        "famous",
        "must_stay",
    }
    assert [case.text for case in cases("dev")] == [case.text for case in cases("dev")]


@pytest.mark.parametrize("split, removal, keep", [("dev", 0.99, 0.97), ("tuned", 0.915, 0.83)])
def test_on_the_hard_set_99_percent_of_personal_items_go_and_97_percent_of_must_stay_words_stay(split, removal, keep):
    """The issue's 99 % / 97 % hold on dev. The other tuned splits guard against regressions only
    (91.8 % / 84.2 % today, HELD_OUT_R included, 92.1 % / 84.4 % without it; 91.1 % / 82.0 % when R joined, before
    its fixes): HELD_OUT_H to O were fixed in part (85.2 % / 78.6 % on K: people named with no cue whose name is
    missing from Faker's lists, OCR-damaged names, characters of novels, initials in score tables, all-capital
    name-words, inflected non-English names, name-words before a plural noun or a verb that no list holds, "Ivy
    covers the old library" beside "Lily pads float"; on O: famous namesakes and characters of books the text does
    not set apart, kinship words of other languages; on R: roster names that are tools, places or characters
    the text names no differently from the student, "Jenkins runs the tests", "the Berlin Wall")."""
    result = score(lambda case, text: Anonymizer(case.roster).anonymize(text, case.subject), cases(split))
    assert rate(result.removed.values()) >= removal, result.misses
    assert rate(result.kept.values()) >= keep, result.over
    assert rate([result.other]) >= 0.99


L_ROSTER = [
    Person("s:1", "Ray Okafor"),
    Person("s:2", "Amber Nakamura"),
    Person("s:3", "Mary-Jane Dubois"),
    Person("s:4", "Zoë Müller"),
    Person("s:5", "Grace Carter"),
    Person("s:6", "Nick Baker"),
    Person("u:1", "Taylor Kingsley", "instructor"),
]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("My blog is at rayokafor-writes.blogspot.com.", "My blog is at [URL]."),
        ("The beaker got warm when T. touched it.", "The beaker got warm when [INSTRUCTOR] touched it."),
        ("Roles: timer = RO, reader = me.", "Roles: timer = [STUDENT], reader = me."),
        ("(speaker 2: Nick) so building on that", "(speaker 2: [NAME]) so building on that"),
        ("VICE CAPTAIN: GRACE", "VICE CAPTAIN: [NAME]"),
        ("Countersigned: Carter (teacher)", "Countersigned: [NAME] (teacher)"),
        ("GOOD LUCK GRACE IN THE FINAL!!!", "GOOD LUCK [NAME] IN THE FINAL!!!"),
        ("Nick, your speech was funny but too fast.", "[NAME], your speech was funny but too fast."),
        ("M-J and I compared the two poems.", "[NAME] and I compared the two poems."),
        (
            "feedback for ray: good intro!! add a source tho ray.",
            "feedback for [STUDENT]: good intro!! add a source tho [STUDENT].",
        ),
        (
            "me and ray dropped the ball and ray filmed it",
            "me and [STUDENT] dropped the ball and [STUDENT] filmed it",
        ),
        ("Kemi did the poster, amber did literally nothing", "Kemi did the poster, [NAME] did literally nothing"),
        ("We used Nakamora's data for the graph.", "We used [NAME]'s data for the graph."),
        ("Group 3: Ray Okafur, Grace", "Group 3: [STUDENT], [NAME]"),
        ("See you Monday Carter.", "See you Monday [NAME]."),
    ],
)
def test_urls_ending_a_sentence_initials_role_labels_repeated_and_misspelt_names_go(text, expected):
    assert Anonymizer(L_ROSTER).anonymize(text, subject="s:1") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("I have two sisters, Keiko and Priyanka.", "I have two sisters, [NAME] and [NAME]."),
        ("Her business partner Dmitriy does the accounts.", "Her business partner [NAME] does the accounts."),
        ("a mentor from the council, Keiko Ivanova, who met us", "a mentor from the council, [NAME], who met us"),
        ("interview notes w/ coach mateus: trains daily", "interview notes w/ coach [NAME]: trains daily"),
        ("at my nans, kevin is dropping it in tomorrow", "at my nans, [NAME] is dropping it in tomorrow"),
        ("mon: chem with dũng\ntue: maths, ask ethan (tutor)", "mon: chem with [NAME]\ntue: maths, ask [NAME] (tutor)"),
        ("i agree w yusuf that zoos help", "i agree w [NAME] that zoos help"),
        ("hey, my dog is called carlos", "hey, my dog is called [NAME]"),
        ("tue: maths, ask priyanka (tutor)", "tue: maths, ask [NAME] (tutor)"),
    ],
)
def test_people_not_on_the_roster_in_appositions_plural_relations_and_lower_case_go(text, expected):
    assert Anonymizer(L_ROSTER).anonymize(text, subject="s:1") == expected


@pytest.mark.parametrize(
    "text",
    [
        "I got a B. then I retook it.",
        "me and [STUDENT] drew a ray diagram.",
        "The light turned amber, then red.",
        "Will you check the ray diagram?",
        "We were at the vet until Sunday.",
        "Elizabeth I never married; Henry VIII married six times.",
        "Apparatus: a Geiger-Müller tube and a lead block.",
        "Presentation title: 'Huffman and me'",
        "In the film, sir isaac newton drops an apple.",
        "The frames travel with ethernet headers.",
        "The cartel raised prices.",
        "Each node (parent) points to two children.",
    ],
)
def test_grades_words_after_a_name_weekdays_monarchs_eponyms_and_famous_names_stay(text):
    assert Anonymizer(L_ROSTER).anonymize(text, subject="s:1") == text


def test_a_product_after_an_article_stays_when_a_student_has_its_name():
    anonymizer = Anonymizer([Person("s:1", "Mercedes Okafor")])
    text = "Mercedes compared a Mercedes and a Ford for the fuel economy task."
    assert anonymizer.anonymize(text, subject="s:1") == text.replace("Mercedes compared", "[STUDENT] compared")


M_ROSTER = [
    Person("s:1", "Will Harper"),
    Person("s:2", "Pierre Dubois"),
    Person("s:3", "Harvey Okafor"),
    Person("s:4", "Hunter Maya Douglas-Scott"),
    Person("s:5", "Albert Ramos"),
    Person("s:6", "Kim Reyes"),
    Person("s:7", "Ana Oyelaran"),
    Person("s:8", "Rui Haddad"),
    Person("s:9", "Priya Fernández"),
    Person("s:10", "Ernst Vogel"),
    Person("s:11", "Hope Lane"),
    Person("u:1", "Ines Santos", "instructor"),
]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "- Will we need consent forms?\n- Will will email the tutor",
            "- Will we need consent forms?\n- [STUDENT] will email the tutor",
        ),
        (
            "Feedback: Will you add a source? Will, I think you can get an A.",
            "Feedback: Will you add a source? [STUDENT], I think you can get an A.",
        ),
        ("Lab book owner: H. D-S.", "Lab book owner: [NAME]"),
        ("reviewed by ao and rh, both happy", "reviewed by [NAME] and [NAME], both happy"),
        ("the deadline moved to Friday. - P.", "the deadline moved to Friday. - [NAME]"),
        ("Comment AO: good use of evidence here", "Comment [NAME]: good use of evidence here"),
        ("Attached: bibliography_rhaddad.pdf", "Attached: bibliography_[NAME].pdf"),
        ("stream link: twitch.tv/rui_codes_27", "stream link: [URL]"),
        ("On a pesé la pierre. Pierre a lâché la pierre.", "On a pesé la pierre. [NAME] a lâché la pierre."),
        ("27 + 273 = 300 K. Kim wrote 300 °K.", "27 + 273 = 300 K. [NAME] wrote 300 °K."),
        ("Will Will be at practice? Hope Hope is better.", "Will [STUDENT] be at practice? Hope [NAME] is better."),
        ("(Interviewer: Hope) so why this topic?", "(Interviewer: [NAME]) so why this topic?"),
        ("group: hope, me", "group: [NAME], me"),
    ],
)
def test_list_items_names_before_their_word_barrelled_and_lower_case_initials_and_file_names_go(text, expected):
    assert Anonymizer(M_ROSTER).anonymize(text, subject="s:1") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Réponse 3 : la pierre tombe à 9,8 m/s².",
        "Hẹn gặp lại ngày pierre nhé.",
        "Hurricane Harvey dropped a metre of rain on Houston.",
        "Because Prince Albert died of typhoid, Queen Victoria withdrew.",
        "We took the Elizabeth line, then walked from Alice Springs station.",
        "HUNTER-GATHERERS vs FARMERS",
        "Hẹn gặp lại ngày ernst nhé. Tenía ernst de cabeza durante el examen.",
        "reviewed by me and js, both happy",
        "Answer - B. The loop ends.",
    ],
)
def test_foreign_words_storms_ranks_units_and_capital_compounds_stay(text):
    assert Anonymizer(M_ROSTER).anonymize(text, subject="s:1") == text


N_ROSTER = [
    Person("s:1", "Chiara Rossi"),
    Person("s:2", "Glória Santos"),
    Person("s:3", "Umut Yilmaz"),
    Person("s:4", "Kwame Mensah"),
    Person("s:5", "Inés Ortega"),
]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "La spiegazione di Chiara era molto chiara: per il principio di Archimede il corpo galleggia. Io e Umut "
            "abbiamo fatto la prova in cucina.",
            "La spiegazione di [STUDENT] era molto chiara: per il principio di Archimede il corpo galleggia. Io e "
            "[NAME] abbiamo fatto la prova in cucina.",
        ),
        (
            "A Glória disse que a glória foi toda dele, mas eu discordo.",
            "A [NAME] disse que a glória foi toda dele, mas eu discordo.",
        ),
        (
            "Atatürk 1923'te Cumhuriyeti ilan etti. Umut'la ben sunumu hazırladık; umut ediyorum iyi not alırız.",
            "Atatürk 1923'te Cumhuriyeti ilan etti. [NAME]'la ben sunumu hazırladık; umut ediyorum iyi not alırız.",
        ),
        (
            "ALUMNO: se llama, eh, kwame… bueno, vive en la calle San Martín.",
            "ALUMNO: se llama, eh, [NAME]… bueno, vive en la calle San Martín.",
        ),
        (
            "# TODO(inés): handle the empty list\ndef poly(coeffs, x):",
            "# TODO([NAME]): handle the empty list\ndef poly(coeffs, x):",
        ),
    ],
)
def test_a_lower_case_name_word_in_a_text_that_does_not_read_as_english_is_the_word(text, expected):
    assert Anonymizer(N_ROSTER).anonymize(text, subject="s:1") == expected


EPONYM_ROSTER = [Person("s:1", "Omar Phillips"), Person("s:2", "Charles Okafor"), Person("s:3", "Graham Lee")]


@pytest.mark.parametrize(
    "text",
    [
        "Title: Verifying Charles's law",
        "Graham's law predicts a ratio of 1.47.",
        "The Phillips curve, drawn by A. W. Phillips in 1958, held until the 1970s.",
    ],
)
def test_laws_and_curves_named_after_a_given_name_and_cited_namesakes_stay(text):
    assert Anonymizer(EPONYM_ROSTER).anonymize(text, subject="s:1") == text


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Charles's method was faster than mine.", "[NAME]'s method was faster than mine."),
        ("O. Phillips and I drew the curve.", "[STUDENT] and I drew the curve."),
        (
            "Sir, it's me from 10X. Can Omar Phillips and I swap seats?",
            "Sir, it's me from 10X. Can [STUDENT] and I swap seats?",
        ),
    ],
)
def test_a_classmates_method_and_a_namesake_with_the_students_initial_go(text, expected):
    assert Anonymizer(EPONYM_ROSTER).anonymize(text, subject="s:1") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Assessor: JÇ\nAssessee: AL\nSigned –JÇ", "Assessor: [NAME]\nAssessee: [STUDENT]\nSigned –[NAME]"),
        ("ÉTAT DU PROJET: JÇ", "ÉTAT DU PROJET: JÇ"),
        ("ÉT ÇA", "ÉT ÇA"),
    ],
)
def test_initials_with_accented_capitals_go_but_not_among_other_capitals(text, expected):
    roster = [Person("s:1", "Ana Lee"), Person("s:2", "Jonas Çelik"), Person("s:3", "Élodie Tran")]
    assert Anonymizer(roster).anonymize(text, subject="s:1") == expected


@pytest.mark.parametrize(
    "paragraph, names",
    [
        ("On 3 June the loop ended, so Reyes K. wrote it up. ", 1),  # 7.6 s for 4000 when it was quadratic
        ("On 3 June the loop\nended, so Reyes K. wrote it up (June/Kim). Wei Reyes said\n- k.r.\n", 6),
    ],
)
def test_a_long_essay_takes_time_in_proportion_to_its_length(paragraph, names):
    """A word's checks look at the characters near it, not at the whole text before it: four
    times the text takes about four times as long (sixteen when it was quadratic), whatever the
    machine's speed. Each length's best of two runs, so that a busy moment counts less."""
    anonymizer = Anonymizer([Person("s:1", "June Park"), Person("s:2", "Kim Reyes")])

    def seconds(copies: int) -> float:
        runs = []
        for _ in range(2):
            start = time.perf_counter()
            out = anonymizer.anonymize(paragraph * copies, subject="s:1")
            runs.append(time.perf_counter() - start)
        assert out.count("3 June") == copies and out.count("[NAME]") + out.count("[STUDENT]") == copies * names
        return min(runs)

    assert seconds(4000) < 8 * seconds(1000)


O_ROSTER = [
    Person("s:1", "Marta Ibáñez"),
    Person("s:2", "Tomás King"),
    Person("s:3", "Zoë Kowal"),
    Person("s:4", "Hope Baxter"),
    Person("s:5", "Sandy Moreau"),
    Person("s:6", "Favour Adeyemi"),
    Person("s:7", "Bryn Hughes"),
]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("thanks!! (marta+tomás=best group)", "thanks!! ([STUDENT]+[NAME]=best group)"),
        ("my insta is @zoë_07 if u want", "my insta is [NAME] if u want"),
        ("Revision notes (MI + TK):", "Revision notes ([STUDENT] + [NAME]):"),
        ("lab partner: Tomás K (there are two of them)", "lab partner: [NAME] (there are two of them)"),
        ("it was counted twice. hope dropped the slide so", "it was counted twice. [NAME] dropped the slide so"),
        ("I did the graph. Sandy did the table.", "I did the graph. [NAME] did the table."),
        ("'Bryn' means hill, so many Welsh places have it.", "'Bryn' means hill, so many Welsh places have it."),
        ("The results favour the second model.", "The results favour the second model."),
    ],
)
def test_names_beside_names_unicode_handles_joined_initials_and_verbs_go_glossed_and_british_words_stay(text, expected):
    assert Anonymizer(O_ROSTER).anonymize(text, subject="s:1") == expected


O2_ROSTER = [
    Person("s:1", "Hunter Lowe"),
    Person("s:2", "Tudor Vasile"),
    Person("s:3", "Jorge Wellington"),
    Person("s:4", "Ray Okoro"),
    Person("s:5", "Nuala Ó Brien"),
    Person("s:6", "Adaeze Obi"),
]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Hunter-gatherers followed the herds.", "Hunter-gatherers followed the herds."),
        ("The Tudor kings built warships.", "The Tudor kings built warships."),
        ("I met the Tudor family.", "I met the [NAME] family."),
        ("She was born in the city of Wellington.", "She was born in the city of Wellington."),
        ("RAY GOT 12 BECAUSE HE ROUNDED", "[NAME] GOT 12 BECAUSE HE ROUNDED"),
        (
            "- h.l.\n(we had to sign with initials) It repeats.",
            "- [STUDENT]\n(we had to sign with initials) It repeats.",
        ),
        ("Zeze (Adaeze Obi) checked the Igbo.", "[NAME] ([NAME]) checked the Igbo."),
        ("Ó Brien did the graph.", "[NAME] did the graph."),
        ("Name: Nua1a", "Name: [NAME]"),
    ],
)
def test_signatures_aliases_particles_misread_digits_and_shouted_subjects_go_names_as_adjectives_and_places_stay(
    text, expected
):
    assert Anonymizer(O2_ROSTER).anonymize(text, subject="s:1") == expected


O3_ROSTER = [
    Person("s:1", "Marcus Webb"),
    Person("s:2", "Ray Okoro"),
    Person("s:3", "Hope Wells"),
    Person("s:4", "Rhoda Fleming"),
]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Name: Mar\ncus Webb\nAnswer: 2.4 kJ", "Name: [STUDENT]\nAnswer: 2.4 kJ"),
        ("Q5: Ray/Hope/me -> we all got 9.8", "Q5: [NAME]/[NAME]/me -> we all got 9.8"),
        ("my insta is @ray_88 if u want", "my insta is [NAME] if u want"),
        ("deep wells should be lined, said Wells.", "deep wells should be lined, said [NAME]."),
        ("Fleming's right-hand rule gives the current.", "Fleming's right-hand rule gives the current."),
    ],
)
def test_names_cut_by_a_line_break_joined_by_slashes_or_in_handles_go_plurals_and_eponyms_stay(text, expected):
    assert Anonymizer(O3_ROSTER).anonymize(text, subject="s:1") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Indira Gandhi became prime minister in 1966. Priya Gandhi gave the talk.",
            "Indira Gandhi became prime minister in 1966. [STUDENT] gave the talk.",
        ),
        (
            "Winnie Moyo led the march, wrote Tendai Moyo.",
            "Winnie Moyo led the march, wrote [NAME].",
        ),
        ("Winnie Moyo led the march.", "[NAME] [NAME] led the march."),
        ("Tendai Moyo and Winnie Moyo did the poster.", "[NAME] and [NAME] [NAME] did the poster."),
        ("Parent contact: Winnie Moyo\nStudent: Tendai Moyo", "Parent contact: [NAME] [NAME]\nStudent: [NAME]"),
    ],
)
def test_a_namesake_of_a_student_named_in_full_stays_unless_listed_with_them_or_labelled(text, expected):
    roster = [Person("s:1", "Priya Gandhi"), Person("s:2", "Tendai Moyo")]
    assert Anonymizer(roster).anonymize(text, subject="s:1") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Signed: AN (I ran out of space on the form).", "Signed: [STUDENT] (I ran out of space on the form)."),
        ("shoutout to rob for lending me a calculator", "shoutout to [NAME] for lending me a calculator"),
        ("Group 4: Ama, Lena N. and Tendekai from 9B.", "Group 4: [STUDENT], [NAME]. and [NAME] from 9B."),
        ("a question about Henry I. Then the Normans came.", "a question about Henry I. Then the Normans came."),
    ],
)
def test_signed_word_initials_thanked_nicknames_and_names_listed_after_an_initial_go_monarchs_stay(text, expected):
    roster = [
        Person("s:1", "Ama Nwosu"),
        Person("s:2", "Robert Haddad"),
        Person("s:3", "Lena Novak"),
        Person("s:4", "Henry Obi"),
    ]
    assert Anonymizer(roster).anonymize(text, subject="s:1") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The problem was Tendekai from the other class.", "The problem was [NAME] from the other class."),
        ("Data from the survey and Kepler from the notes.", "Data from the survey and Kepler from the notes."),
    ],
)
def test_a_person_from_another_group_goes_words_and_famous_names_before_from_stay(text, expected):
    assert Anonymizer([Person("s:1", "Ama Nwosu")]).anonymize(text, subject="s:1") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("21:15 - +44 7700 900154: its me", "21:15 - [PHONE]: its me"),
        ("text me on 07700 923312 tonight", "text me on [PHONE] tonight"),
        ("me +44 (0)7911 123745, or", "me [PHONE], or"),
        ("call +49 30 901820 today", "call [PHONE] today"),
        ("call 000 or 111, or 1800 022 222 for advice", "call 000 or 111, or 1800 022 222 for advice"),
        ("we sorted 100 123456 items in 0.5 100000 s", "we sorted 100 123456 items in 0.5 100000 s"),
    ],
)
def test_phone_numbers_with_long_groups_after_a_country_code_or_trunk_prefix_go_service_numbers_stay(text, expected):
    assert Anonymizer([Person("s:1", "Ama Nwosu")]).anonymize(text, subject="s:1") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("I live at 19 Pinewood Drive and walk.", "I live at [ADDRESS] and walk."),
        ("Post it to Flat 3B, 112 Harcourt Street, Dublin 2.", "Post it to [ADDRESS], Dublin 2."),
        ("at her place, 5/41 Glenferrie Rd. Bring notes", "at her place, [ADDRESS]. Bring notes"),
        ("from home (8 Kōwhai Place) by bus", "from home ([ADDRESS]) by bus"),
        ("the school on Griffith Avenue near Park Road", "the school on Griffith Avenue near Park Road"),
        ("In 1969 Abbey Road came out; see Figure 3 Oak Lane.", "In 1969 Abbey Road came out; see Figure 3 Oak Lane."),
        (
            "He spoke at 10 Downing Street to the 9 Supreme Court Justices.",
            "He spoke at 10 Downing Street to the 9 Supreme Court Justices.",
        ),
    ],
)
def test_home_addresses_go_streets_without_a_number_years_and_famous_addresses_stay(text, expected):
    assert Anonymizer([Person("s:1", "Ama Nwosu")]).anonymize(text, subject="s:1") == expected


MISSPELT_ROSTER = [Person("s:1", "Dmitri Petrov"), Person("s:2", "Aaliyah Johnson"), Person("s:3", "Mohammed Rahman")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Partner: Dimitry Petroff\nEffort 5/5.", "Partner: [STUDENT]\nEffort 5/5."),
        ("Hypothesis written by Aliyah Jonhson: sugar", "Hypothesis written by [NAME]: sugar"),
        ("Muhammad Rehman and I tested it", "[NAME] and I tested it"),
        ("A poster on Mendeleev and Petroff Dimitry", "A poster on Mendeleev and Petroff Dimitry"),
        ("Market Rates and Mohair Ranches", "Market Rates and Mohair Ranches"),
    ],
)
def test_a_full_name_misspelt_in_both_words_goes_a_single_near_word_or_famous_name_stays(text, expected):
    assert Anonymizer(MISSPELT_ROSTER).anonymize(text, subject="s:1") == expected


CITED_ROSTER = [Person("s:1", "Emma Watson"), Person("s:2", "Jo Smith"), Person("s:3", "Ann Walker")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("It was described by Watson and Crick (1953), using", "It was described by Watson and Crick (1953), using"),
        ("We follow Smith et al. (2019) here.", "We follow Smith et al. (2019) here."),
        (
            "g is from Halliday, Resnick and Walker (2014, p. 92).",
            "g is from Halliday, Resnick and Walker (2014, p. 92).",
        ),
        (
            "Knowledge is situated (Brown, Collins & Smith, 1989).",
            "Knowledge is situated (Brown, Collins & Smith, 1989).",
        ),
        ("Emma (2019) and Watson wrote it", "[STUDENT] (2019) and [STUDENT] wrote it"),
        ("my grandad Alfie (1932-2010) said", "my grandad [NAME] (1932-2010) said"),
    ],
)
def test_cited_authors_before_a_year_or_et_al_stay_a_given_name_or_a_lifespan_does_not_make_one(text, expected):
    assert Anonymizer(CITED_ROSTER).anonymize(text, subject="s:1") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("readings at Leeds Beckett University (62 dB)", "readings at Leeds Beckett University (62 dB)"),
        ("A letter to Harlow Council about potholes", "A letter to Harlow Council about potholes"),
        ("Beckett college applications are due", "[STUDENT] college applications are due"),
        ("Leeds said The Museum was shut", "[NAME] said The Museum was shut"),
        ("VOTE BECKETT FOR STUDENT COUNCIL", "VOTE [STUDENT] FOR STUDENT COUNCIL"),
    ],
)
def test_a_name_in_a_capitalised_institutions_name_stays(text, expected):
    roster = [Person("s:1", "Harlow Beckett"), Person("s:2", "Jo Leeds")]
    assert Anonymizer(roster).anonymize(text, subject="s:1") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Marked by Tendai. Newton's second law gives F = ma.", "Marked by [NAME]. Newton's second law gives F = ma."),
        (
            "proof read by\nAma. Euler's formula links e and pi.",
            "proof read by\n[STUDENT]. Euler's formula links e and pi.",
        ),
        ("Ama Nwosu thinks Tendai Newton is a scientist.", "[STUDENT] thinks Tendai Newton is a scientist."),
    ],
)
def test_a_name_ending_a_sentence_before_a_famous_surname_goes(text, expected):
    roster = [Person("s:1", "Ama Nwosu"), Person("s:2", "Tendai Moyo")]
    assert Anonymizer(roster).anonymize(text, subject="s:1") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("my stepmum yusra drove us to the museum", "my stepmum [NAME] drove us to the museum"),
        ("and my stepbrother tarek timed the pendulum.", "and my stepbrother [NAME] timed the pendulum."),
        ("We stayed at Hopes house; Amas dad cooked.", "We stayed at [NAME] house; [STUDENT] dad cooked."),
        ("We hope the dad jokes stop. Hopes are high.", "We hope the dad jokes stop. Hopes are high."),
    ],
)
def test_step_relatives_and_possessives_without_an_apostrophe_before_a_relative_or_home_go(text, expected):
    roster = [Person("s:1", "Ama Nwosu"), Person("s:2", "Hope Daniels")]
    assert Anonymizer(roster).anonymize(text, subject="s:1") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Alfred the Great fought the Danes; Alfred drew the map.",
            "Alfred the Great fought the Danes; [STUDENT] drew the map.",
        ),
        ("Essay on Ivan the Terrible by Nadia.", "Essay on Ivan the Terrible by [NAME]."),
        ("Alfred the lab tech and Nadia the Barista helped.", "[STUDENT] the lab tech and [NAME] the Barista helped."),
    ],
)
def test_a_historical_figure_with_an_epithet_stays(text, expected):
    roster = [Person("s:1", "Alfred Mensah"), Person("s:2", "Nadia Ivanova")]
    assert Anonymizer(roster).anonymize(text, subject="s:1") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Ask exams.office@college.ac.uk, not me (ama.n@college.ac.uk).",
            "Ask exams.office@college.ac.uk, not me ([EMAIL]).",
        ),
        ("Send forms to it-helpdesk@harlow.edu", "Send forms to it-helpdesk@harlow.edu"),
        ("my old one was info@gmail.com lol", "my old one was [EMAIL] lol"),
    ],
)
def test_an_offices_mailbox_at_its_own_domain_stays_a_persons_goes(text, expected):
    assert Anonymizer([Person("s:1", "Ama Nwosu")]).anonymize(text, subject="s:1") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The Rutherford model has a dense nucleus; Rutherford drew it.",
            "The Rutherford model has a dense nucleus; [STUDENT] drew it.",
        ),
        ("THE RUTHERFORD MODEL, BY TENDAI", "THE RUTHERFORD MODEL, BY [NAME]"),
        (
            "as Darwin argued, finches vary. Darwin and I counted beaks.",
            "as Darwin argued, finches vary. [NAME] and I counted beaks.",
        ),
        (
            "Anne of Cleves was wife number four. Anne of 9C wrote this.",
            "Anne of Cleves was wife number four. [NAME] of 9C wrote this.",
        ),
        ("Eleanor of Aquitaine outlived two kings.", "Eleanor of Aquitaine outlived two kings."),
    ],
)
def test_a_model_named_after_someone_a_scientist_cited_with_as_and_a_figure_named_by_a_place_stay(text, expected):
    roster = [Person("s:1", "Ama Rutherford"), Person("s:2", "Tendai Darwin"), Person("s:3", "Anne Moyo")]
    assert Anonymizer(roster).anonymize(text, subject="s:1") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("We compared W. B. Yeats and T. S. Eliot in class.", "We compared W. B. Yeats and T. S. Eliot in class."),
        ("Quote from C. S. Lewis; Chloe found it.", "Quote from C. S. Lewis; [NAME] found it."),
        ("K. Chloe Moreau and Chloe helped.", "K. [NAME] and [NAME] helped."),
    ],
)
def test_a_given_name_written_after_two_initials_is_an_authors_surname_and_stays(text, expected):
    assert Anonymizer([Person("s:1", "Ama Nwosu")]).anonymize(text, subject="s:1") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Lena March presented on 2 March; the deadline is March 30.",
            "[STUDENT] presented on 2 March; the deadline is March 30.",
        ),
        ("The lab moved to a Sunday. Sunday Adeyemi ran it.", "The lab moved to a Sunday. [NAME] ran it."),
        ("Next Sunday we test; Sunday said so.", "Next Sunday we test; [NAME] said so."),
    ],
)
def test_a_month_or_weekday_that_is_a_students_name_stays_where_it_dates(text, expected):
    roster = [Person("s:1", "Lena March"), Person("s:2", "Sunday Adeyemi")]
    assert Anonymizer(roster).anonymize(text, subject="s:1") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Alice sends Bob a key and Eve listens; Eve Okafor drew the diagram.",
            "Alice sends Bob a key and Eve listens; [STUDENT] drew the diagram.",
        ),
        ("Eve and Alice did the lab.", "[STUDENT] and [NAME] did the lab."),
        ("A Markov chain forgets; Markov coded it.", "A Markov chain forgets; [NAME] coded it."),
        ("Dijkstra-Scholten detects termination.", "Dijkstra-Scholten detects termination."),
        ("Scholten-Okafor wrote it.", "[NAME]-[STUDENT] wrote it."),
    ],
)
def test_stock_characters_of_an_example_eponym_chains_and_pairs_with_a_famous_name_stay(text, expected):
    roster = [Person("s:1", "Eve Okafor"), Person("s:2", "Alice Brandt"), Person("s:3", "Ana Markov")]
    roster.append(Person("s:4", "Lars Scholten"))
    assert Anonymizer(roster).anonymize(text, subject="s:1") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Surname spelt K-E-L-L-Y, first name s i o b h a n.", "Surname spelt [STUDENT], first name [STUDENT]."),
        ("(spelt K.E.L.L.Y.) for the certificate", "(spelt [STUDENT]) for the certificate"),
        ("the set a b c and the path x-y-z", "the set a b c and the path x-y-z"),
    ],
)
def test_a_name_spelt_out_letter_by_letter_goes(text, expected):
    assert Anonymizer([Person("s:1", "Siobhán Kelly")]).anonymize(text, subject="s:1") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Joy Mensah, Year 2. Joy has finished the lab. Joy still owes the report.",
            "[STUDENT], Year 2. [STUDENT] has finished the lab. [STUDENT] still owes the report.",
        ),
        ("Joy is a feeling. Daisy chains link the boards.", "Joy is a feeling. Daisy chains link the boards."),
        ("Daisy explains the proof.", "[NAME] explains the proof."),
    ],
)
def test_a_name_word_before_a_verb_goes_where_the_text_names_its_owner_before_a_plural_noun_it_stays(text, expected):
    roster = [Person("s:1", "Joy Mensah"), Person("s:2", "Daisy Kimura")]
    assert Anonymizer(roster).anonymize(text, subject="s:1") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Signed: P W\nWitness: R. Okonjo", "Signed: [STUDENT]\nWitness: [NAME]"),
        ("Witness: T. S. Eliot", "Witness: T. S. Eliot"),
        ("Proof (by B.) that it halts", "Proof (by [NAME]) that it halts"),
        ("rota: mon - p.w., tue - b.r., wed - tbc", "rota: mon - [STUDENT], tue - [NAME], wed - tbc"),
        ("tested by A B testing", "tested by A B testing"),
        ("my ex yusuf said so", "my ex [NAME] said so"),
        ("Thanks to Prof. Barbara Liskov and Prof. Adeyemi.", "Thanks to Prof. Barbara Liskov and Prof. [NAME]."),
    ],
)
def test_initials_after_a_signature_or_in_a_rota_and_a_witness_go_a_famous_professor_stays(text, expected):
    roster = [Person("s:1", "Priya Wong"), Person("s:2", "Ben Ross")]
    assert Anonymizer(roster).anonymize(text, subject="s:1") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("小林遥（Haruka Kobayashi）が発表", "[STUDENT]（[STUDENT]）が発表"),
        ("최민준 (Haruka Kobayashi, on Zoom)", "[STUDENT] ([STUDENT], on Zoom)"),
        ("By Haruka Kobayashi (इशान चतुर्वेदी).", "By [STUDENT] ([STUDENT])."),
        ("Автор: для друзей Иван (Haruka Kobayashi)", "Автор: для друзей [STUDENT] ([STUDENT])"),
        ("On Aryabhata (आर्यभट), by Haruka Kobayashi.", "On Aryabhata (आर्यभट), by [STUDENT]."),
    ],
)
def test_a_name_in_another_script_glossing_a_students_name_goes(text, expected):
    assert Anonymizer([Person("s:1", "Haruka Kobayashi")]).anonymize(text, subject="s:1") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Tarjan, R. E. (1972) Depth-first search.", "Tarjan, R. E. (1972) Depth-first search."),
        ("Aho, A. V., Sethi, R. and Tarjan, R. (1986)", "Aho, A. V., Sethi, R. and Tarjan, R. (1986)"),
        ("Sethi, R. et al. (2020) Compilers.", "Sethi, R. et al. (2020) Compilers."),
        (
            "Tarjan, M. (2025) My lab notes. Sethi, R. wrote them.",
            "[STUDENT]. (2025) My lab notes. [NAME], R. wrote them.",
        ),
    ],
)
def test_an_author_cited_with_initials_that_are_not_the_students_stays(text, expected):
    roster = [Person("s:1", "Mina Tarjan"), Person("s:2", "Omar Sethi")]
    assert Anonymizer(roster).anonymize(text, subject="s:1") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Hope is asking for more time. Hope has two exams and Hope's laptop broke.",
            "[STUDENT] is asking for more time. [STUDENT] has two exams and [STUDENT]'s laptop broke.",
        ),
        ("Hope explains the proof. Hope still doubts it.", "[STUDENT] explains the proof. [STUDENT] still doubts it."),
        ("Hope is a good thing. Hope has no end.", "Hope is a good thing. Hope has no end."),
    ],
)
def test_a_name_word_before_a_verb_goes_where_the_text_uses_it_as_a_name_elsewhere(text, expected):
    assert Anonymizer([Person("s:1", "Hope Adeyemi")]).anonymize(text, subject="s:1") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("the writer's flatmate (tomasz) read it first", "the writer's flatmate ([NAME]) read it first"),
        ("my counsellor (zuzanka) says breaks help", "my counsellor ([NAME]) says breaks help"),
        ("Supervisor: Tanabe\nProject: sorting", "Supervisor: [NAME]\nProject: sorting"),
        ("the writer's flatmate is tidy", "the writer's flatmate is tidy"),
    ],
)
def test_a_relative_of_someone_named_a_counsellor_and_a_supervisor_go(text, expected):
    assert Anonymizer([Person("s:1", "Hope Adeyemi")]).anonymize(text, subject="s:1") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("um we used sets here amber preferred lists", "um we used sets here [NAME] preferred lists"),
        ("it went from red to rose to pink", "it went from red to rose to pink"),
        ("um the program will need more memory", "um the program will need more memory"),
        ("The heap part rose sharply.", "The heap part rose sharply."),
    ],
)
def test_a_name_word_before_a_verb_in_a_transcript_without_capitals_goes_after_a_link_word_it_stays(text, expected):
    roster = [Person("s:1", "Rose Adeyemi"), Person("s:2", "Will Tran"), Person("s:3", "Amber Lund")]
    assert Anonymizer(roster).anonymize(text, subject="s:1") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("so i compared python and ruby speed for loops", "so i compared python and ruby speed for loops"),
        ("Ruby and Lena wrote it.", "[STUDENT] and [NAME] wrote it."),
        ("Her family fled West Lund in 1961; Lena Lund stayed.", "Her family fled West Lund in 1961; [NAME] stayed."),
    ],
)
def test_a_product_joined_to_another_and_a_place_after_a_point_of_the_compass_stay(text, expected):
    assert Anonymizer([Person("s:1", "Ruby Ochoa"), Person("s:2", "Lena Lund")]).anonymize(text, "s:1") == expected


def test_a_family_named_by_a_plural_in_es_goes():
    roster = [Person("s:1", "Ama Jones"), Person("s:2", "Bo Fox-Hughes")]
    text = "We met at the Joneses' house, then the Fox-Hugheses' garden."
    expected = "We met at the [STUDENT]' house, then the [NAME]' garden."
    assert Anonymizer(roster).anonymize(text, subject="s:1") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("We read Emma by Jane Austen; Emma Stone chose it.", "We read Emma by Jane Austen; [STUDENT] chose it."),
        ("Notes by Emma, slides by Jordan.", "Notes by [STUDENT], slides by [NAME]."),
        ("She has never been to Jordan.", "She has never been to Jordan."),
    ],
)
def test_a_works_title_before_a_famous_author_and_a_place_someone_has_been_to_stay(text, expected):
    assert Anonymizer([Person("s:1", "Emma Stone"), Person("s:2", "Jordan Reyes")]).anonymize(text, "s:1") == expected
