"""The demo gradebook's contents, written for this project: invented students and their work.

Each answer is (student id, text, scores) where scores is None for work not graded yet, or a
dict of section name -> score; a dict as a section's score gives its criteria points (the
section score is their sum).
"""

COURSE = {"code": "DEMO-101", "title": "Demo: Computing and Communication"}

STUDENTS = {
    "demo-001": "Ava Thornbury",
    "demo-002": "Bilal Osei-Marr",
    "demo-003": "Chen Ruolan",
    "demo-004": "Dara Quillfeather",
    "demo-005": "Elio Marchetti-Vance",
    "demo-006": "Farah Lindqvist",
    "demo-007": "Gus Pemberton-Ash",
    "demo-008": "Hana Okonkwo-Reyes",
    "demo-009": "Ivo Stranding",
    "demo-010": "Jules Abernethy",
    "demo-011": "Kira Nakamura-Holt",
    "demo-012": "Leon Fairweather",
    "demo-013": "Maya Castellane",
    "demo-014": "Nico Brandvold",
    "demo-015": "Oona Kestrel",
    "demo-016": "Pavel Ridgeway",
    "demo-017": "Quinn Harrowgate",
    "demo-018": "Rosa Delacourt",
    "demo-019": "Sami Ellingford",
    "demo-020": "Tessa Wyndham",
    "demo-021": "Umar Blackthorn",
    "demo-022": "Vera Silvermoor",
    "demo-023": "Wes Underhill",
    "demo-024": "Yara Mistlethwaite",
}

SHORT_ANSWER = {
    "external_id": "demo-binary-search",
    "title": "Binary search",
    "kind": "short_answer",
    "prompt": (
        "Why does binary search only work on a sorted list, and at most how many comparisons does it need "
        "to find an item among 1,000?"
    ),
    "reference_answer": (
        "Binary search compares the target with the middle item and discards the half that cannot contain it; "
        "that is only safe when the list is sorted. Each comparison halves the remaining items, so 1,000 items "
        "need at most 10 comparisons (2^10 = 1024)."
    ),
    "rubric": [{"name": "Answer", "max_score": 5}],
    "answers": [
        (
            "demo-001",
            "Binary search looks at the middle element and throws away the half where the target cannot be. "
            "That decision only makes sense if the list is sorted. Each comparison halves what is left, so 1,000 items "
            "need at most 10 comparisons.",
            {"Answer": 5},
        ),
        (
            "demo-002",
            "Because it compares with the middle and goes left or right, which needs order. About 10 steps "
            "since 2^10 = 1024.",
            {"Answer": 5},
        ),
        ("demo-003", "It needs sorting so it knows which half to keep. It takes log n steps.", {"Answer": 4}),
        (
            "demo-004",
            "The list has to be sorted because otherwise the search would not find anything. It takes 500 "
            "steps on average.",
            {"Answer": 1},
        ),
        (
            "demo-005",
            "Sorted, so the middle item splits smaller and bigger values. For 1000 items: 1000, 500, "
            "250, 125, 63, 32, 16, 8, 4, 2, 1, so about 10 comparisons.",
            {"Answer": 5},
        ),
        ("demo-006", "binary search splits the list in two each time. it needs sorted data.", {"Answer": 3}),
        ("demo-007", "It works on any list but is faster when sorted. 1000 comparisons worst case.", {"Answer": 0}),
        (
            "demo-008",
            "If the list is not sorted, discarding half of it could throw away the item we want. Halving "
            "1,000 repeatedly reaches one item after 10 halvings, so 10 comparisons.",
            {"Answer": 5},
        ),
        ("demo-009", "Because the computer needs order. Maybe 100 steps.", {"Answer": 1}),
        (
            "demo-010",
            "Binary means two, so it divides into two groups; sorted makes the groups correct. log2(1000) is "
            "roughly 10.",
            {"Answer": 4},
        ),
        ("demo-011", "not sure", {"Answer": 0}),
        (
            "demo-012",
            "It checks the middle value: if the target is smaller it continues in the left half, otherwise in "
            "the right half. This relies on the list being in order. The worst case is ceil(log2 1000) = 10 "
            "comparisons.",
            {"Answer": 5},
        ),
        ("demo-013", "Sorting lets you skip parts of the list. It is faster than linear search.", {"Answer": 2}),
        ("demo-014", "Each step you cut the list in half, 10 times for 1000.", {"Answer": 3}),
        (
            "demo-015",
            "The order tells you whether the target is bigger or smaller than the middle, so one half can be "
            "ignored. At most 10 comparisons.",
            {"Answer": 5},
        ),
        ("demo-016", "Binary search uses 0 and 1 so the list has to be sorted into binary.", {"Answer": 0}),
        (
            "demo-017",
            "Because you start in the middle and need to know which way to go. For 1000 items it is around 20 "
            "comparisons.",
            {"Answer": 2},
        ),
        (
            "demo-018",
            "Without order, the middle element tells you nothing about where the target is. 2^10 = 1024 is at "
            "least 1000, so 10 comparisons are enough.",
            {"Answer": 5},
        ),
        (
            "demo-019",
            "It has to be sorted because it guesses the middle and then goes up or down, like looking up a "
            "word in a dictionary. Around 10 tries.",
            None,
        ),
        (
            "demo-020",
            "The search skips half the items every time, which only works if they are sorted. I think the "
            "maximum is 9.",
            None,
        ),
        ("demo-021", "Binary search is quick. It needs a sorted list.", None),
        (
            "demo-022",
            "You compare the key with the middle element; sorted order guarantees everything to its left is "
            "smaller. Worst case: about log2(1000), so 10.",
            None,
        ),
        ("demo-023", "it goes through every item one by one until it finds it, 1000 steps", None),
        (
            "demo-024",
            "Sorted data lets each comparison rule out half of the remaining items. 1,000 items means at most "
            "10 comparisons.",
            None,
        ),
    ],
}

ESSAY = {
    "external_id": "demo-homework-essay",
    "title": "Should homework be optional?",
    "kind": "essay",
    "prompt": (
        "Should homework be optional in secondary school? Take a position and support it in one or two paragraphs."
    ),
    "reference_answer": (
        "A strong answer states a clear position, gives reasons with concrete support, answers the obvious "
        "objection, and is organised so that each sentence moves the argument on."
    ),
    "rubric": [
        {
            "name": "Argument",
            "max_score": 10,
            "criteria": [
                {"name": "Thesis", "max_points": 4, "description": "A clear, arguable position."},
                {"name": "Reasoning", "max_points": 6, "description": "Reasons with support; objections answered."},
            ],
        },
        {"name": "Organization", "max_score": 5},
        {"name": "Language", "max_score": 5},
    ],
    "answers": [
        (
            "demo-001",
            "Homework should stay, but it should be optional for students who show they have mastered the "
            "week's material. Practice matters: a skill like solving equations only sticks after repetition, and class "
            "time is too short for it. Yet forcing the same worksheet on a student who already understands it teaches "
            "only that school wastes time. A short weekly check could decide who needs extra practice. This keeps the "
            "benefit of homework for those who need it while giving the others time for reading, sport or family. "
            "Optional does not mean abandoned; it means targeted.",
            {"Argument": {"Thesis": 4, "Reasoning": 5}, "Organization": 5, "Language": 5},
        ),
        (
            "demo-002",
            "I think homework should be optional. Many students have jobs or look after siblings after "
            "school, so homework punishes them for their situation, not for their effort. Studies I have read say "
            "homework helps older students more than younger ones, so maybe it could be optional until year ten. "
            "Teachers could offer extra exercises online for anyone who wants them. In conclusion, making homework "
            "optional would be fairer.",
            {"Argument": {"Thesis": 4, "Reasoning": 4}, "Organization": 4, "Language": 4},
        ),
        (
            "demo-003",
            "Homework should not be optional because students will not do it. If it is optional nobody will "
            "practice and grades will go down. Homework also teaches responsibility. My brother never did his homework "
            "and he failed maths. So homework should be required.",
            {"Argument": {"Thesis": 3, "Reasoning": 2}, "Organization": 3, "Language": 3},
        ),
        (
            "demo-004",
            "homework is bad and boring. i dont like it and nobody likes it. we already spend all day at "
            "school. it should be optional or banned",
            {"Argument": {"Thesis": 2, "Reasoning": 1}, "Organization": 1, "Language": 1},
        ),
        (
            "demo-005",
            "Homework should remain compulsory, but teachers should set less of it and make it count. The "
            "strongest case for homework is retrieval practice: recalling yesterday's lesson at home strengthens memory "
            "far more than rereading notes. If homework were optional, the students who most need that practice would "
            "be the first to skip it, widening the gap between them and their classmates. The real problem is busywork, "
            "so schools should limit homework to twenty minutes a subject and always go over it in class. Required but "
            "purposeful homework serves every student.",
            {"Argument": {"Thesis": 4, "Reasoning": 6}, "Organization": 5, "Language": 5},
        ),
        (
            "demo-006",
            "There are good points on both sides. Homework helps you practice but it also takes away free "
            "time. Some students need it and some don't. I think maybe teachers should decide. It depends on the "
            "subject, for example in art homework is not really needed.",
            {"Argument": {"Thesis": 1, "Reasoning": 3}, "Organization": 3, "Language": 3},
        ),
        (
            "demo-007",
            "My favourite subject is history because we learn about old civilisations. Last year we made a "
            "model of a pyramid. Homework in history is usually reading, which I like. School should have more trips.",
            {"Argument": {"Thesis": 0, "Reasoning": 1}, "Organization": 2, "Language": 3},
        ),
        (
            "demo-008",
            "Optional homework sounds generous, but it would quietly hurt the students with the least support "
            "at home. A pupil whose parents check their work will keep practising; a pupil without that help will stop. "
            "Required homework gives every student the same expectation. Still, the load must be reasonable: one hour a "
            "night at most, and never new material that was not taught. With those limits, compulsory homework is the "
            "fairer choice.",
            {"Argument": {"Thesis": 4, "Reasoning": 5}, "Organization": 4, "Language": 5},
        ),
        (
            "demo-009",
            "Homework should be optional. First, students are tired. Second, they have other activities like "
            "football and music. Third, teachers have to mark it, which takes their time too. For these three reasons "
            "homework should be optional.",
            {"Argument": {"Thesis": 3, "Reasoning": 3}, "Organization": 4, "Language": 3},
        ),
        (
            "demo-010",
            "In my opinion homework must to be optional because each student learn in different way. Some "
            "peoples learn better in class, other peoples need practice at home. If the homework is optional, the "
            "student choose what is best for him. Also the stress will be less and students will sleep more, this is "
            "important for health.",
            {"Argument": {"Thesis": 3, "Reasoning": 4}, "Organization": 3, "Language": 2},
        ),
        (
            "demo-011",
            "Yes it should be optional because students have a lot to do.",
            {"Argument": {"Thesis": 2, "Reasoning": 1}, "Organization": 1, "Language": 2},
        ),
        (
            "demo-012",
            "Homework should be optional for practice and compulsory for projects. Drill exercises help only "
            "when a student is unsure, so students who already understand a topic gain little from them; letting them "
            "skip such work respects their time. Long projects are different: researching, drafting and revising cannot "
            "happen in a forty-minute lesson, so that work must be set and marked. Drawing the line between practice "
            "and projects keeps what homework does well and drops what it does badly.",
            {"Argument": {"Thesis": 4, "Reasoning": 5}, "Organization": 5, "Language": 5},
        ),
        (
            "demo-013",
            "Homework should be required. Without deadlines teenagers put things off, and learning to "
            "manage a deadline is a skill employers want. Optional homework would turn into no homework for most of us, "
            "if we are honest.",
            None,
        ),
        (
            "demo-014",
            "I believe homework should be optional because learning should come from curiosity, not fear of a "
            "bad mark. When I choose to read about a topic at home I remember it much better than when it is "
            "assigned.",
            None,
        ),
        (
            "demo-015",
            "Homework is useful but there is too much. Optional homework could work if teachers explain why "
            "each task matters. Then students would want to do it.",
            None,
        ),
        (
            "demo-016",
            "Homework should not be optional. Exams are not optional, so practice should not be either.",
            None,
        ),
        (
            "demo-017",
            "Making homework optional would mostly help students who already do well, since they are the ones "
            "confident enough to skip it. Struggling students often don't know what they don't know. Teachers should "
            "instead set short, required tasks and give quick feedback on them.",
            None,
        ),
        ("demo-018", "homework optional yes. more time for sport and family. less stress for everyone.", None),
    ],
}

SPEECH = {
    "external_id": "demo-garden-speech",
    "title": "Speech: a garden for Mill Street",
    "kind": "speech_transcript",
    "prompt": (
        "Transcript of a two-minute speech persuading the town council to turn the empty lot on Mill Street "
        "into a community garden."
    ),
    "reference_answer": (
        "Content: a clear request, reasons backed by specific evidence (costs, support, precedent), and "
        "awareness of the council's concerns. Delivery, judged from the transcript: an opening that draws the "
        "audience in, signposted structure, few fillers, a memorable close."
    ),
    "rubric": [
        {
            "name": "Content",
            "max_score": 40,
            "criteria": [
                {"name": "Argument", "max_points": 20, "description": "A clear request and reasons for it."},
                {"name": "Evidence", "max_points": 12, "description": "Specific facts, figures or examples."},
                {"name": "Audience", "max_points": 8, "description": "Speaks to the council's concerns."},
            ],
        },
        {"name": "Delivery", "max_score": 30},
    ],
    "answers": [
        (
            "demo-007",
            "Good evening, council members. Every morning I walk past the Mill Street lot: broken glass, a "
            "shopping trolley, weeds up to my knees. Tonight I want you to picture something else. A community garden "
            "there would give forty families a plot to grow food, in a neighbourhood where the nearest supermarket is a "
            "bus ride away. Gardens in towns like ours have cut litter around them, because people look after what they "
            "share. The cost is small: fencing, a water tap and soil, which local businesses have already offered to "
            "fund. So I ask you one thing: vote to lease the lot to the garden group for one year, and let us show you "
            "what it becomes. Thank you.",
            {"Content": {"Argument": 19, "Evidence": 10, "Audience": 8}, "Delivery": 28},
        ),
        (
            "demo-008",
            "Hi everyone, thanks for having me. So, the Mill Street lot has been empty for like six years. We "
            "think it should be a community garden. First, it's good for health, people eat more vegetables when they "
            "grow them. Second, it brings neighbours together. Third, it looks better than an empty lot. Um, we have a "
            "petition with two hundred signatures. Please say yes. Thanks.",
            {"Content": {"Argument": 16, "Evidence": 8, "Audience": 6}, "Delivery": 20},
        ),
        (
            "demo-009",
            "Um so yeah, gardens are nice. I like plants. My grandma has a garden and she grows tomatoes. I "
            "think the town should make a garden somewhere because, um, it would be nice. That's it I guess.",
            {"Content": {"Argument": 5, "Evidence": 2, "Audience": 2}, "Delivery": 8},
        ),
        (
            "demo-010",
            "Council members, I have three numbers for you. Six: the years the Mill Street lot has stood "
            "empty. Two hundred and twelve: the residents who signed our petition in two weeks. Zero: what this garden "
            "asks from the town budget, because the hardware shop and the bakery are paying for fencing and tools. A "
            "garden turns a liability into a place where children learn where food comes from and older neighbours meet "
            "each other. Some of you worry about upkeep. Our committee has volunteers on a written rota for every week "
            "of the year. Give us the lease, and judge us by results.",
            {"Content": {"Argument": 18, "Evidence": 12, "Audience": 7}, "Delivery": 27},
        ),
        (
            "demo-011",
            "Hello. I am here to talk about the garden. A garden is good for the environment because plants "
            "make oxygen. Also bees need flowers. The lot on Mill Street is empty so it could be a garden. It would not "
            "cost much money I think. Thank you for listening.",
            {"Content": {"Argument": 11, "Evidence": 4, "Audience": 4}, "Delivery": 16},
        ),
        (
            "demo-012",
            "Okay so first of all I want to say that I've lived here my whole life and the town has changed a "
            "lot, like the cinema closed and then the new road was built, and, anyway, there's this lot on Mill Street, "
            "and I was thinking a garden would be cool, or maybe a skate park, honestly either is fine, but a garden is "
            "probably cheaper, so yeah, the garden.",
            {"Content": {"Argument": 8, "Evidence": 2, "Audience": 3}, "Delivery": 9},
        ),
        (
            "demo-013",
            "Members of the council, you have heard that a garden will attract rats and mess. I understand "
            "that worry, so let me answer it. Our plan uses sealed compost bins and raised beds, the same design the "
            "school has used for three years without a single complaint. The garden will be locked at night, and the "
            "key held by the residents' association. What you get in return is a green space where there is now a "
            "fenced-off eyesore. I ask you to approve a one-year trial.",
            {"Content": {"Argument": 18, "Evidence": 9, "Audience": 8}, "Delivery": 25},
        ),
        (
            "demo-014",
            "Good evening. Community gardens are popular in many cities. They give people fresh food and "
            "exercise. Our town should have one too. The Mill Street lot is a good place because it is central and gets "
            "a lot of sun. I hope you agree. Thank you.",
            {"Content": {"Argument": 12, "Evidence": 5, "Audience": 4}, "Delivery": 18},
        ),
        (
            "demo-015",
            "Last spring, a retired neighbour of mine started planting sunflowers along the Mill Street "
            "fence. Within a month, children were stopping on their way to school to measure themselves against them. "
            "That is what a little soil can do. Imagine the whole lot: beds for families, a bench for anyone, a class "
            "from the primary school learning to grow beans. The residents' association will run it, the hardware shop "
            "will supply tools, and all we need from you is permission. Let's give those sunflowers some company.",
            {"Content": {"Argument": 17, "Evidence": 8, "Audience": 8}, "Delivery": 29},
        ),
        (
            "demo-016",
            "I think the council should fix the potholes on Station Road first. They are really bad and my "
            "bike tyre got a puncture last week. After that maybe a garden.",
            {"Content": {"Argument": 3, "Evidence": 2, "Audience": 2}, "Delivery": 10},
        ),
        (
            "demo-017",
            "Thank you for listening. I'd like to propose a community garden on Mill Street. Right now "
            "the lot collects litter and nobody uses it. A garden would be used by families, by the school and by older "
            "residents who want to be outdoors. We have volunteers ready, and the plan is to start small with ten "
            "raised beds. If it works, we can grow. I hope you'll support it.",
            {"Content": {"Argument": 15, "Evidence": 6, "Audience": 6}, "Delivery": 22},
        ),
        (
            "demo-018",
            "The lot is 800 square metres. A raised bed is 4 square metres. So we could have around 100 beds, "
            "minus paths, about 60. A bed can grow roughly 20 kilos of vegetables a year. That's 1,200 kilos of food. "
            "Um. Soil costs about 30 pounds a bed. So, yeah, it's cheap. That's the numbers.",
            {"Content": {"Argument": 14, "Evidence": 11, "Audience": 3}, "Delivery": 12},
        ),
        (
            "demo-019",
            "Council members, neighbours, friends. We are not asking for money. We are not asking for staff. "
            "We are asking for a key. The Mill Street lot is locked and empty; give the key to the residents and we "
            "will turn it into gardens within a season. Other towns have done it. So can we.",
            None,
        ),
        (
            "demo-020",
            "Hi. I think a garden would be good. It's better than nothing. People could grow stuff. Okay thanks.",
            None,
        ),
        (
            "demo-021",
            "Imagine walking down Mill Street in July and smelling tomato plants instead of rubbish bins. Our "
            "plan has three parts: clean the lot in one weekend with volunteers, build twenty raised beds with donated "
            "timber, and open the plots to any household in the ward through a simple lottery. We only need the "
            "council's lease to begin.",
            None,
        ),
        (
            "demo-022",
            "I am against... no wait, I am for the garden. Sorry. So the garden would give people food and "
            "also it's nice to look at. And kids can learn. Yeah.",
            None,
        ),
        (
            "demo-023",
            "Our town talks a lot about community, but where does community happen? Not in car parks. It "
            "happens where people have a reason to stop and talk. A garden gives them that reason. The Mill Street lot "
            "can be that place, and the people in this room can make it happen tonight.",
            None,
        ),
        (
            "demo-024",
            "The garden plan is in the handout. Please read it. It explains the costs and the volunteers. We "
            "think it is a good idea. Thank you.",
            None,
        ),
    ],
}

ASSIGNMENTS = [SHORT_ANSWER, ESSAY, SPEECH]
