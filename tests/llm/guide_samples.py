"""Marking guides in different layouts, with what an extractor must find in each, and the
accuracy of an extraction against that (questions, marks, answers)."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Guide:
    name: str
    text: str
    expected: tuple  # (number, marks, answer) per question
    stated_total: float | None = None
    pdf: bool = True  # a table layout has no PDF form: PDF text keeps no columns


PHOTOSYNTHESIS = "Photosynthesis is the process by which green plants use light energy to turn carbon dioxide and water into glucose and oxygen, storing the energy in chemical bonds."
GUIDES = [
    Guide(
        "question-colon, model answer, bullet marking points, stated total",
        """Biology midterm - marking guide
Total: 12 marks

Question 1: What is photosynthesis? (5 marks)
Model answer: Photosynthesis is the process by which green plants use light energy
to turn carbon dioxide and water into glucose and oxygen, storing the energy in chemical bonds.
Marking points:
- 2 marks for light energy
- 2 marks for carbon dioxide and water
- 1 mark for glucose and oxygen

Question 2: Name the organelle where photosynthesis happens. (2 marks)
Model answer: The chloroplast.

Question 3: Explain osmosis. (5 marks)
Model answer: Osmosis is the movement of water across a partially permeable membrane from a dilute solution to a concentrated one.
""",
        (
            ("1", 5, PHOTOSYNTHESIS),
            ("2", 2, "The chloroplast."),
            (
                "3",
                5,
                "Osmosis is the movement of water across a partially permeable membrane from a dilute solution to a concentrated one.",
            ),
        ),
        stated_total=12,
    ),
    Guide(
        "Q-prefix, square-bracket marks, bullets with marks after a colon",
        """CS101 quiz 2
Q1. What does a stack's pop operation return? [2]
Answer: The element most recently pushed onto the stack.
• 1 mark: most recent element
• 1 mark: removes it from the stack
Q2. What is the time complexity of binary search? [3]
Answer: O(log n), because each comparison halves the remaining search interval.
Q3. Name one stable sorting algorithm. [1]
Answer: Merge sort.
""",
        (
            ("1", 2, "The element most recently pushed onto the stack."),
            ("2", 3, "O(log n), because each comparison halves the remaining search interval."),
            ("3", 1, "Merge sort."),
        ),
    ),
    Guide(
        "plain numbers, suggested answer holding a numbered list",
        """History exam marking guide

1. List the causes of the First World War in the order the textbook gives them. (4 marks)
Suggested answer: The textbook gives four causes:
1. Militarism
2. Alliances
3. Imperialism
4. Nationalism

2. In which year did the war end? (1 mark)
Suggested answer: 1918.

3. Which treaty ended the war with Germany? (2 marks)
Suggested answer: The Treaty of Versailles.
""",
        (
            ("1", 4, "The textbook gives four causes:\n1. Militarism\n2. Alliances\n3. Imperialism\n4. Nationalism"),
            ("2", 1, "1918."),
            ("3", 2, "The Treaty of Versailles."),
        ),
    ),
    Guide(
        "parenthesised numbers, marks on a line of their own, A: answers",
        """Physics worksheet answers
1) State Newton's second law of motion.
Marks: 2
A: The net force on a body equals its mass times its acceleration.
2) What is the SI unit of power?
Marks: 1
A: The watt.
""",
        (
            ("1", 2, "The net force on a body equals its mass times its acceleration."),
            ("2", 1, "The watt."),
        ),
    ),
    Guide(
        "table: number, question, model answer, marks, marking points",
        "Chemistry test marking guide\n"
        "No\tQuestion\tModel answer\tMarks\tMarking points\n"
        "1\tWhat is the chemical symbol for sodium?\tNa\t1\t\n"
        "2\tWhat is an isotope?\tAtoms of the same element with different numbers of neutrons.\t3\t1 mark for same element; 2 marks for different numbers of neutrons\n"
        "3\tWhat is the pH of pure water at 25 C?\t7\t1\t\n"
        "Total: 5 marks\n",
        (
            ("1", 1, "Na"),
            ("2", 3, "Atoms of the same element with different numbers of neutrons."),
            ("3", 1, "7"),
        ),
        stated_total=5,
        pdf=False,
    ),
    Guide(
        "question heading, marks as pts, question on the next line, solution",
        """Question 1 - 4 pts
Describe what a database index is for.
Solution: An index speeds up lookups on a column at the cost of extra storage and slower writes.

Question 2 - 2 pts
What does SQL stand for?
Solution: Structured Query Language.
""",
        (
            ("1", 4, "An index speeds up lookups on a column at the cost of extra storage and slower writes."),
            ("2", 2, "Structured Query Language."),
        ),
    ),
    Guide(
        "marking scheme heading with unbulleted points",
        """Q1 What are the two main parts of a plant cell's protection? (3 marks)
Answer: The cell membrane and the cell wall.
Marking scheme:
1 mark for cell membrane
2 marks for cell wall
Q2 What do mitochondria release? (2 marks)
Answer: Energy from glucose through respiration.
Marking scheme:
2 marks for energy through respiration
""",
        (
            ("1", 3, "The cell membrane and the cell wall."),
            ("2", 2, "Energy from glucose through respiration."),
        ),
    ),
    Guide(
        "marks closing the answer",
        """Economics short answers
Question 1
Define opportunity cost.
Answer: The value of the next best alternative given up when making a choice. [2 marks]
Question 2
What is inflation?
Answer: A general rise in the price level over time. [2 marks]
""",
        (
            ("1", 2, "The value of the next best alternative given up when making a choice."),
            ("2", 2, "A general rise in the price level over time."),
        ),
    ),
]

DOUBTFUL = """Geography quiz
Total: 10 marks
Question 1: Name the longest river in Africa. (2 marks)
Answer: The Nile.
Question 2: What is a delta?
Answer: A landform made where a river deposits sediment at its mouth.
Question 3: Why do deserts form? (3 marks)
"""

NO_QUESTIONS = """Dear colleagues,
please find the marking conventions for this term below. Be fair and consistent,
and return the scripts by Friday.
"""


def accuracy(guides, extract) -> dict:
    """Share of guides whose question count is right, and of expected questions whose marks
    and answer are exactly right. ``extract(guide)`` returns the extracted questions."""
    counts = questions = marks = answers = 0
    for guide in guides:
        found = extract(guide)
        counts += len(found) == len(guide.expected)
        by_number = {q["number"]: q for q in found}
        for number, expected_marks, expected_answer in guide.expected:
            questions += 1
            q = by_number.get(number, {})
            marks += q.get("marks") == expected_marks
            answers += q.get("answer") == expected_answer
    return {
        "question_count": counts / len(guides),
        "marks": marks / questions,
        "answers": answers / questions,
        "questions": questions,
    }
