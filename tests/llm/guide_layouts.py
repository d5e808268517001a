"""Marking guides in the layouts teachers write, each with what an extractor must find in it,
rendered as TXT, DOCX and PDF (a pipe table in the text becomes a real table in DOCX and PDF).

Shared by the tests and ``bench/guides.py``. ``HELD_OUT`` layouts were written after the rules
they test and run once before any rule was changed for them (in six batches); the bench reports
them apart. A layout's answer includes what the guide writes with it ("Accept: ...", "Allow 40 kJ")
and its marking points are the lines that each give a number of marks.
"""

from __future__ import annotations

import io
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Item:
    label: str
    marks: float | int
    answer: str
    points: int = 0  # marking points the guide gives for it


@dataclass(frozen=True)
class Layout:
    name: str
    text: str
    items: tuple[Item, ...]
    total: float | int | None = None
    held_out: bool = False
    tags: tuple[str, ...] = field(default_factory=tuple)


LAYOUTS = [
    Layout(
        "mixed-numbering",
        """GENERAL SCIENCE - END OF TERM TEST                     Total marks: 14
Marking guide for teachers. Time allowed: 40 minutes.

Q 1 What gas do plants take in for photosynthesis? (2m)
Expected: Carbon dioxide, taken in through the stomata.

2) State the function of red blood cells. [five marks]
Expected: Red blood cells carry oxygen from the lungs to the tissues, bound to haemoglobin.
- 2 marks for carrying oxygen
- 2 marks for haemoglobin
- 1 mark for lungs to tissues

3. Name the force that pulls objects towards the Earth. 2 pts
Expected: Gravity (the weight force).

4 ) Which organ filters the blood? (1 mark)
Expected: The kidney.

5 ) Give the boiling point of water at sea level. (4m)
Expected: 100 degrees Celsius (212 degrees Fahrenheit) at standard pressure.
""",
        (
            Item("1", 2, "Carbon dioxide, taken in through the stomata."),
            Item("2", 5, "Red blood cells carry oxygen from the lungs to the tissues, bound to haemoglobin.", 3),
            Item("3", 2, "Gravity (the weight force)."),
            Item("4", 1, "The kidney."),
            Item("5", 4, "100 degrees Celsius (212 degrees Fahrenheit) at standard pressure."),
        ),
        total=14,
    ),
    Layout(
        "sections-with-sub-parts",
        """Year 11 Physics - Mechanics test - Marking scheme

SECTION A

1. Kinematics
(a) Define velocity. [2]
Solution: Velocity is the rate of change of displacement with time.
(b) A car accelerates uniformly from rest to 20 m/s in 5 s. Calculate its acceleration. [3]
Solution: a = (v - u) / t = (20 - 0) / 5 = 4 m/s^2
(c) State the SI unit of acceleration. [1]
Solution: metres per second squared (m/s^2)

2. Dynamics
(a) State Newton's first law. [2]
Solution: A body stays at rest or moves with constant velocity unless a resultant force acts on it.
(b) Calculate the force needed to accelerate a 3 kg mass at 2 m/s^2. [2]
Solution: F = ma = 3 x 2 = 6 N

SECTION B

3. Energy
(a) Write the formula for kinetic energy. [1]
Solution: KE = 1/2 m v^2
(b) Name the form of energy stored in a stretched spring. [1]
Solution: Elastic potential energy.
(c) What happens to the total energy of a closed system? [3]
Solution: It is conserved: energy changes form but the total stays the same.

TOTAL ..... 15
""",
        (
            Item("1(a)", 2, "Velocity is the rate of change of displacement with time."),
            Item("1(b)", 3, "a = (v - u) / t = (20 - 0) / 5 = 4 m/s^2"),
            Item("1(c)", 1, "metres per second squared (m/s^2)"),
            Item(
                "2(a)", 2, "A body stays at rest or moves with constant velocity unless a resultant force acts on it."
            ),
            Item("2(b)", 2, "F = ma = 3 x 2 = 6 N"),
            Item("3(a)", 1, "KE = 1/2 m v^2"),
            Item("3(b)", 1, "Elastic potential energy."),
            Item("3(c)", 3, "It is conserved: energy changes form but the total stays the same."),
        ),
        total=15,
    ),
    Layout(
        "questions-then-answer-key",
        """Geography quiz: rivers and coasts
Answer all questions.

1. What is the source of a river? (1 mark)
2. Explain how a meander forms. (4 marks)
3. Name the process by which waves wear away the coastline. (2 marks)
4. What is a delta? (3 marks)

ANSWER KEY

1. The place where a river begins.
2. Water flows fastest on the outside of a bend, eroding that bank, while slower water on the inside deposits sediment, so the bend grows.
3. Erosion (hydraulic action and abrasion).
4. A landform of deposited sediment at the mouth of a river, where it meets the sea or a lake.

Total: 10 marks
""",
        (
            Item("1", 1, "The place where a river begins."),
            Item(
                "2",
                4,
                "Water flows fastest on the outside of a bend, eroding that bank, while slower water on the inside deposits sediment, so the bend grows.",
            ),
            Item("3", 2, "Erosion (hydraulic action and abrasion)."),
            Item("4", 3, "A landform of deposited sediment at the mouth of a river, where it meets the sea or a lake."),
        ),
        total=10,
    ),
    Layout(
        "unlabelled-answers",
        """English Language - Grammar worksheet (teacher copy)

Question 1 (2 marks)
What is a noun?
A word that names a person, place, thing or idea.

Question 2 (3 marks)
Explain the difference between a simile and a metaphor.
A simile compares two things using "like" or "as"; a metaphor says one thing is another.

Question 3 (1 mark)
Give the plural of "child".
Children.

Question 4 (2 marks)
Identify the verb in: "The dog barked loudly."
Barked.
""",
        (
            Item("1", 2, "A word that names a person, place, thing or idea."),
            Item("2", 3, 'A simile compares two things using "like" or "as"; a metaphor says one thing is another.'),
            Item("3", 1, "Children."),
            Item("4", 2, "Barked."),
        ),
    ),
    Layout(
        "pipe-table",
        """Chemistry - Acids and bases - marking guide

| No | Question | Model answer | Marks | Marking points |
|----|----------|--------------|-------|----------------|
| 1 | What is the pH of a neutral solution? | 7 | 1 | |
| 2 | Name the products of a neutralisation reaction. | A salt and water. | 2 | 1 mark for salt; 1 mark for water |
| 3 | What colour does litmus turn in acid? | Red. | 1 | |
| 4 | Define a strong acid. | An acid that fully ionises in water. | 2 | |

Total: 6 marks
""",
        (
            Item("1", 1, "7"),
            Item("2", 2, "A salt and water.", 2),
            Item("3", 1, "Red."),
            Item("4", 2, "An acid that fully ionises in water."),
        ),
        total=6,
        tags=("table",),
    ),
    Layout(
        "programming-with-code",
        """Introduction to Programming - Practical test marking guide
Total marks: 12

Question 1: What does the following function return for [1, 2, 3]? (3 marks)
    def f(xs):
        total = 0
        for x in xs:
            total = total + x
        return total
Model answer: It returns 6, the sum of the list.

Question 2: Write a Python expression that gives the length of a list called names. (2 marks)
Model answer: len(names)

Question 3: Write a loop that prints the numbers 1 to 5. (4 marks)
Model answer:
    for i in range(1, 6):
        print(i)
Marking points:
- 2 marks for range(1, 6)
- 2 marks for printing inside the loop

Question 4: What is the value of x after x = 7 // 2? (3 marks)
Model answer: 3, because // is integer (floor) division.
""",
        (
            Item("1", 3, "It returns 6, the sum of the list."),
            Item("2", 2, "len(names)"),
            Item("3", 4, "for i in range(1, 6):\n    print(i)", 2),
            Item("4", 3, "3, because // is integer (floor) division."),
        ),
        total=12,
    ),
    Layout(
        "maths-formulas",
        """MATHEMATICS - ALGEBRA QUIZ - MEMO

1. Solve 2x + 3 = 11. (2 mks)
Ans. x = 4
2. Expand (x + 2)(x - 3). (2 mks)
Ans. x^2 - x - 6
3. Factorise x^2 - 9. (3 mks)
Ans. (x - 3)(x + 3)
4. Find the gradient of the line y = 5x - 1. (1 mk)
Ans. 5
5. Simplify 3a + 4b - a + 2b. (2 mks)
Ans. 2a + 6b

[Total: 10 marks]
""",
        (
            Item("1", 2, "x = 4"),
            Item("2", 2, "x^2 - x - 6"),
            Item("3", 3, "(x - 3)(x + 3)"),
            Item("4", 1, "5"),
            Item("5", 2, "2a + 6b"),
        ),
        total=10,
    ),
    Layout(
        "dotted-sub-numbering-memo",
        """BUSINESS STUDIES GRADE 10 MEMORANDUM

QUESTION 1: FORMS OF OWNERSHIP

1.1 Name two forms of business ownership. (2)
Memo: Sole trader and partnership.
1.2 Define limited liability. (3)
Memo: The owners can lose only the money they invested if the business fails.
1.3 Give one advantage of a sole trader. (1)
Memo: The owner keeps all the profit.

QUESTION 2: MARKETING

2.1 What is market research? (2)
Memo: Collecting information about customers and competitors to make decisions.
2.2 Name the four Ps of marketing. (4)
Memo: Product, price, place and promotion.

TOTAL: 12
""",
        (
            Item("1.1", 2, "Sole trader and partnership."),
            Item("1.2", 3, "The owners can lose only the money they invested if the business fails."),
            Item("1.3", 1, "The owner keeps all the profit."),
            Item("2.1", 2, "Collecting information about customers and competitors to make decisions."),
            Item("2.2", 4, "Product, price, place and promotion."),
        ),
        total=12,
    ),
    Layout(
        "answer-key-table",
        """History test - The Industrial Revolution

Q1. In which country did the Industrial Revolution begin? [1]
Q2. Who improved the steam engine in the 1760s? [2]
Q3. Give one effect of the factory system on workers. [2]
Q4. What was the Spinning Jenny used for? [2]

Answer key

| Q | Answer |
|---|--------|
| 1 | Britain. |
| 2 | James Watt. |
| 3 | Long working hours in crowded, dangerous conditions. |
| 4 | Spinning several threads of cotton at once. |
""",
        (
            Item("1", 1, "Britain."),
            Item("2", 2, "James Watt."),
            Item("3", 2, "Long working hours in crowded, dangerous conditions."),
            Item("4", 2, "Spinning several threads of cotton at once."),
        ),
        tags=("table",),
    ),
    Layout(
        "answer-label-alone-with-award",
        """Computer Networks - short questions

1) What does DNS do? [4 marks]
Answer
It translates domain names into IP addresses so that computers can find each other.
Award:
- 2 marks for domain names to IP addresses
- 2 marks for locating hosts

2) What is the difference between TCP and UDP? [4 marks]
Answer
TCP is connection-oriented and guarantees delivery in order; UDP is connectionless and does not.
Award:
- 2 marks for TCP connection-oriented and reliable
- 2 marks for UDP connectionless

3) Name the layer of the OSI model that routes packets. [1 mark]
Answer
The network layer.
""",
        (
            Item("1", 4, "It translates domain names into IP addresses so that computers can find each other.", 2),
            Item(
                "2",
                4,
                "TCP is connection-oriented and guarantees delivery in order; UDP is connectionless and does not.",
                2,
            ),
            Item("3", 1, "The network layer."),
        ),
    ),
    Layout(
        "word-marks-and-leaders",
        """Music theory - marking guide

1. How many beats does a semibreve last in 4/4 time? ........ (one mark)
Response: Four beats.
2. What does the Italian term "allegro" mean? ........ (two marks)
Response: Fast and lively.
Accept: quick, brisk.
3. Name the clef used for low-pitched instruments. ........ (one mark)
Response: The bass clef.
4. Explain what a key signature tells the performer. ........ (three marks)
Response: Which notes are sharp or flat throughout the piece, and so which key it is in.

Total marks available: seven
""",
        (
            Item("1", 1, "Four beats."),
            Item("2", 2, "Fast and lively.\nAccept: quick, brisk."),
            Item("3", 1, "The bass clef."),
            Item("4", 3, "Which notes are sharp or flat throughout the piece, and so which key it is in."),
        ),
        total=7,
    ),
    Layout(
        "question-table-without-numbers",
        """Spanish vocabulary check (Year 8)

| Question | Answer | Marks |
|---|---|---|
| Translate "the house" into Spanish. | la casa | 1 |
| Translate "we eat" into Spanish. | comemos | 1 |
| Give the Spanish for the number fifteen. | quince | 1 |
| Conjugate "hablar" in the first person singular present. | hablo | 2 |

TOTAL = 5
""",
        (
            Item("1", 1, "la casa"),
            Item("2", 1, "comemos"),
            Item("3", 1, "quince"),
            Item("4", 2, "hablo"),
        ),
        total=5,
        tags=("table",),
    ),
    Layout(
        "long-cells-table",
        """Biology - Cells and transport - mark scheme

| Q.No | Question | Expected answer | Max marks |
|---|---|---|---|
| 1 | Explain why the surface area to volume ratio matters for a single-celled organism that relies on diffusion. | A larger surface area relative to volume lets substances diffuse in and out fast enough to meet the needs of the whole cell. | 3 |
| 2 | What is active transport? | The movement of particles against a concentration gradient, using energy from respiration. | 2 |
| 3 | Describe the structure of the cell membrane and say which part controls what enters the cell. | A phospholipid bilayer with proteins embedded in it; the proteins and the bilayer together are partially permeable and control what enters. | 4 |

Total marks = 9
""",
        (
            Item(
                "1",
                3,
                "A larger surface area relative to volume lets substances diffuse in and out fast enough to meet the needs of the whole cell.",
            ),
            Item("2", 2, "The movement of particles against a concentration gradient, using energy from respiration."),
            Item(
                "3",
                4,
                "A phospholipid bilayer with proteins embedded in it; the proteins and the bilayer together are partially permeable and control what enters.",
            ),
        ),
        total=9,
        tags=("table",),
    ),
    Layout(
        "parts-then-key-with-parts",
        """Chemistry homework: the periodic table

1 Sodium is in group 1.
  (a) How many electrons does a sodium atom have in its outer shell? [1]
  (b) Write the word equation for sodium reacting with water. [2]
2 Chlorine is in group 7.
  (a) What is the colour of chlorine gas? [1]
  (b) Why is chlorine more reactive than bromine? [3]

Answers
1 (a) One.
1 (b) sodium + water -> sodium hydroxide + hydrogen
2 (a) Pale green (yellow-green).
2 (b) Its outer shell is closer to the nucleus, so it attracts an extra electron more strongly.
""",
        (
            Item("1(a)", 1, "One."),
            Item("1(b)", 2, "sodium + water -> sodium hydroxide + hydrogen"),
            Item("2(a)", 1, "Pale green (yellow-green)."),
            Item(
                "2(b)", 3, "Its outer shell is closer to the nucleus, so it attracts an extra electron more strongly."
            ),
        ),
    ),
    Layout(
        "unlabelled-lists-and-marks-lines",
        """Religious Education - end of unit check

Question 1
List three of the Five Pillars of Islam.
[3 marks]
1. Shahadah (declaration of faith)
2. Salah (prayer)
3. Zakat (charity)

Question 2
What is the holy book of Sikhism called?
[1 mark]
The Guru Granth Sahib.

Question 3
Name two sacraments in the Catholic Church.
[2 marks]
Baptism and the Eucharist.
""",
        (
            Item("1", 3, "1. Shahadah (declaration of faith)\n2. Salah (prayer)\n3. Zakat (charity)"),
            Item("2", 1, "The Guru Granth Sahib."),
            Item("3", 2, "Baptism and the Eucharist."),
        ),
    ),
    Layout(
        "combined-sub-labels-and-question-totals",
        """Biology Paper 2 - Mark Scheme

1(a) Name the molecule that carries genetic information. (1 mark)
Answer - DNA (deoxyribonucleic acid).
1(b) State where in the cell it is found. (1 mark)
Answer - In the nucleus.
1(c) Describe the shape of this molecule. (2 marks)
Answer - A double helix made of two strands joined by base pairs.
Total for Question 1: 4 marks

2(a) What is an enzyme? (2 marks)
Answer - A biological catalyst that speeds up reactions without being used up.
2(b) Explain why enzymes stop working at high temperatures. (3 marks)
Answer - The active site changes shape (the enzyme is denatured), so the substrate no longer fits.
Total for Question 2: 5 marks

Grand total: 9 marks
""",
        (
            Item("1(a)", 1, "DNA (deoxyribonucleic acid)."),
            Item("1(b)", 1, "In the nucleus."),
            Item("1(c)", 2, "A double helix made of two strands joined by base pairs."),
            Item("2(a)", 2, "A biological catalyst that speeds up reactions without being used up."),
            Item(
                "2(b)", 3, "The active site changes shape (the enzyme is denatured), so the substrate no longer fits."
            ),
        ),
        total=9,
        held_out=True,
    ),
    Layout(
        "stem-with-roman-parts",
        """Economics - data response marking guide

Question 1
The price of coffee rose from $2 to $3 and the quantity sold fell from 500 to 400 cups a day.
(i) Calculate the percentage change in price. [2 marks]
Suggested answer: (3 - 2) / 2 x 100 = 50%
(ii) Calculate the price elasticity of demand. [3 marks]
Suggested answer: -20% / 50% = -0.4
(iii) Is demand elastic or inelastic? Explain. [2 marks]
Suggested answer: Inelastic, because the value is less than 1 in absolute terms.

Question 2
(i) Define opportunity cost. [2 marks]
Suggested answer: The value of the next best alternative given up.
(ii) Give an example of a public good. [1 mark]
Suggested answer: Street lighting.

Total marks: 10
""",
        (
            Item("1(i)", 2, "(3 - 2) / 2 x 100 = 50%"),
            Item("1(ii)", 3, "-20% / 50% = -0.4"),
            Item("1(iii)", 2, "Inelastic, because the value is less than 1 in absolute terms."),
            Item("2(i)", 2, "The value of the next best alternative given up."),
            Item("2(ii)", 1, "Street lighting."),
        ),
        total=10,
        held_out=True,
    ),
    Layout(
        "problem-headings-with-points",
        """Statistics problem set - solutions and marking

Problem 1. Find the mean of 4, 8, 6 and 10. - 2 points
Worked solution: (4 + 8 + 6 + 10) / 4 = 7
Problem 2. Find the median of 3, 9, 1, 7 and 5. - 2 points
Worked solution: Ordered: 1, 3, 5, 7, 9, so the median is 5.
Problem 3. What is the range of 12, 4, 9 and 20? - 1 point
Worked solution: 20 - 4 = 16
Problem 4. Explain why the median can be a better average than the mean. - 3 points
Worked solution: The median is not pulled by extreme values (outliers), so it better describes a typical value of skewed data.
  * 2 points: not affected by outliers
  * 1 point: suits skewed data

Total = 8 points
""",
        (
            Item("1", 2, "(4 + 8 + 6 + 10) / 4 = 7"),
            Item("2", 2, "Ordered: 1, 3, 5, 7, 9, so the median is 5."),
            Item("3", 1, "20 - 4 = 16"),
            Item(
                "4",
                3,
                "The median is not pulled by extreme values (outliers), so it better describes a typical value of skewed data.",
                2,
            ),
        ),
        total=8,
        held_out=True,
    ),
    Layout(
        "unlabelled-answers-with-points-table-key",
        """Health education quiz

Part 1 - Nutrition
Q1 Name the nutrient the body uses mainly for growth and repair. (2 marks)
Q2 Why is fibre important in the diet? (3 marks)

Part 2 - Exercise
Q3 How many minutes of moderate activity a week are adults advised to do? (1 mark)
Q4 Give two benefits of regular exercise. (2 marks)

Marking scheme
| Question | Expected answer | Marks |
|---|---|---|
| Q1 | Protein. | 2 |
| Q2 | It keeps the digestive system healthy and prevents constipation. | 3 |
| Q3 | 150 minutes. | 1 |
| Q4 | A stronger heart and better mood. | 2 |

TOTAL 8 MARKS
""",
        (
            Item("1", 2, "Protein."),
            Item("2", 3, "It keeps the digestive system healthy and prevents constipation."),
            Item("3", 1, "150 minutes."),
            Item("4", 2, "A stronger heart and better mood."),
        ),
        total=8,
        tags=("table",),
    ),
    Layout(
        "exam-board-table-nested-parts",
        """Physics Paper 1 - Mark scheme

| Question | Answer | Marks | Guidance |
|---|---|---|---|
| 1(a) | Speed = distance / time | 1 | Allow s = d/t |
| 1(b)(i) | 12 m/s | 2 | 1 mark for the method |
| 1(b)(ii) | The car is decelerating. | 1 | |
| 2(a) | Kinetic energy is transferred to thermal energy by friction. | 2 | |
| 2(b) | 0.5 x 800 x 10^2 = 40 000 J | 3 | Allow 40 kJ |

Total: 9 marks
""",
        (
            Item("1(a)", 1, "Speed = distance / time\nAllow s = d/t"),
            Item("1(b)(i)", 2, "12 m/s", 1),
            Item("1(b)(ii)", 1, "The car is decelerating."),
            Item("2(a)", 2, "Kinetic energy is transferred to thermal energy by friction."),
            Item("2(b)", 3, "0.5 x 800 x 10^2 = 40 000 J\nAllow 40 kJ"),
        ),
        total=9,
        held_out=True,
        tags=("table",),
    ),
    Layout(
        "colon-numbers-suggested-response-ticks",
        """Citizenship - Democracy unit
Marking notes for Year 9 (out of 12)

1: Describe what a democracy is. [4]
Suggested response: A system of government in which citizens choose their leaders by voting in free and fair elections.
✓ citizens choose leaders (2)
✓ free and fair elections (2)

2: Name the two Houses of the UK Parliament. [2]
Suggested response: The House of Commons and the House of Lords.

3: What is the minimum voting age for general elections in the UK? [1]
Suggested response: 18.

4: Explain one reason why voting is important. [5]
Suggested response: Voting lets citizens hold their representatives to account; if enough people vote against a government it can be replaced peacefully.

Total: 12 marks
""",
        (
            Item(
                "1",
                4,
                "A system of government in which citizens choose their leaders by voting in free and fair elections.",
                2,
            ),
            Item("2", 2, "The House of Commons and the House of Lords."),
            Item("3", 1, "18."),
            Item(
                "4",
                5,
                "Voting lets citizens hold their representatives to account; if enough people vote against a government it can be replaced peacefully.",
            ),
        ),
        total=12,
        held_out=True,
    ),
    Layout(
        "multiple-choice-with-key",
        """Astronomy multiple-choice quiz (1 mark each unless stated)

Q1. Which planet is known as the Red Planet? (1 mark)
A) Venus
B) Mars
C) Jupiter
D) Saturn

Q2. What is the name of our galaxy? (1 mark)
A) Andromeda
B) The Milky Way
C) Sombrero
D) Whirlpool

Q3. Roughly how long does light from the Sun take to reach Earth? (2 marks)
A) 8 seconds
B) 8 minutes
C) 8 hours
D) 8 days

Key
Q1 - B
Q2 - B
Q3 - B

TOTAL = 4 MARKS
""",
        (
            Item("1", 1, "B"),
            Item("2", 1, "B"),
            Item("3", 2, "B"),
        ),
        total=4,
        held_out=True,
    ),
    Layout(
        "marks-at-right-and-worked-answers",
        """Accounting test - suggested solutions

Question 1                                                        6 marks
Prepare the accounting equation for a business with assets of $50 000 and liabilities of $20 000.
Solution:
Assets = Liabilities + Owner's equity
50 000 = 20 000 + 30 000
Owner's equity is $30 000.

Question 2                                                        4 marks
Define depreciation.
Solution:
The fall in the value of a non-current asset over its useful life, spread as an expense over the years it is used.

Question 3                                                        2 marks
Is rent paid a debit or a credit to the rent account?
Solution:
A debit.

Total marks: 12
""",
        (
            Item("1", 6, "Assets = Liabilities + Owner's equity\n50 000 = 20 000 + 30 000\nOwner's equity is $30 000."),
            Item(
                "2",
                4,
                "The fall in the value of a non-current asset over its useful life, spread as an expense over the years it is used.",
            ),
            Item("3", 2, "A debit."),
        ),
        total=12,
        held_out=True,
    ),
    Layout(
        "lettered-parts-under-bold-question-with-key-parts",
        """FRENCH - READING AND GRAMMAR - TEACHER'S ANSWERS

QUESTION 1 (total 5 marks)
Read: « Je m'appelle Léa. J'habite à Lyon avec ma famille. »
a. What is the girl's name? (1)
b. Where does she live? (2)
c. Who does she live with? (2)

QUESTION 2 (total 3 marks)
a. Give the feminine of "petit". (1)
b. Conjugate "être" with "nous". (2)

ANSWERS
1a. Léa.
1b. In Lyon.
1c. With her family.
2a. petite
2b. nous sommes
""",
        (
            Item("1(a)", 1, "Léa."),
            Item("1(b)", 2, "In Lyon."),
            Item("1(c)", 2, "With her family."),
            Item("2(a)", 1, "petite"),
            Item("2(b)", 2, "nous sommes"),
        ),
        held_out=True,
    ),
    Layout(
        "numbered-answers-with-marking-guidance-paragraphs",
        """Design & Technology - Materials - marking guidance

Q1) Name a hardwood. (1 mark)
Model answer - Oak (accept beech, mahogany, teak).

Q2) Give two properties of acrylic. (2 marks)
Model answer - It is tough and can be polished to a high shine.
Mark scheme:
1 mark for each property, up to 2.

Q3) Explain why aluminium is used for drinks cans. (3 marks)
Model answer - It is light, does not corrode and is easy to recycle.
Award 1 mark per reason.

Total marks: 6
""",
        (
            Item("1", 1, "Oak (accept beech, mahogany, teak)."),
            Item("2", 2, "It is tough and can be polished to a high shine.\n1 mark for each property, up to 2."),
            Item("3", 3, "It is light, does not corrode and is easy to recycle.\nAward 1 mark per reason."),
        ),
        total=6,
        held_out=True,
    ),
    Layout(
        "two-column-table-question-marks-then-answers",
        """Food technology quiz

| # | Question | Marks |
|---|---|---|
| 1 | Name one food high in vitamin C. | 1 |
| 2 | What temperature should a fridge be kept below? | 1 |
| 3 | Why should raw and cooked meat be stored apart? | 2 |

Model answers
1. Oranges.
2. 5 degrees Celsius.
3. To stop bacteria spreading from raw to cooked meat (cross-contamination).

Total: 4 marks
""",
        (
            Item("1", 1, "Oranges."),
            Item("2", 1, "5 degrees Celsius."),
            Item("3", 2, "To stop bacteria spreading from raw to cooked meat (cross-contamination)."),
        ),
        total=4,
        held_out=True,
        tags=("table",),
    ),
    Layout(
        "running-headers-and-marks-first",
        """CHEM 101 - Mark scheme                                   Page 1 of 2

1. [3 marks] Explain why ionic compounds conduct electricity when molten.
Answer: When molten the ions are free to move, so they can carry charge through the liquid.
2. [2 marks] What is an isotope?
Answer: Atoms of the same element with different numbers of neutrons.

Page 2 of 2
3. [1 mark] What is the charge on an electron?
Answer: -1 (negative one).
4. [4 marks] Describe the test for hydrogen gas.
Answer: Hold a lit splint at the mouth of the test tube; hydrogen burns with a squeaky pop.

Total: 10 marks
""",
        (
            Item("1", 3, "When molten the ions are free to move, so they can carry charge through the liquid."),
            Item("2", 2, "Atoms of the same element with different numbers of neutrons."),
            Item("3", 1, "-1 (negative one)."),
            Item("4", 4, "Hold a lit splint at the mouth of the test tube; hydrogen burns with a squeaky pop."),
        ),
        total=10,
        held_out=True,
    ),
    Layout(
        "q-dot-numbers-ticked-points-marks-line",
        """Physical Education theory - marking guide

Q.1 Name the muscle at the front of the upper arm.
Marks: 1
Biceps.

Q.2 Describe two short-term effects of exercise on the body.
Marks: 4
Heart rate increases and breathing becomes faster and deeper.
✓ heart rate increases (2)
✓ breathing rate increases (2)

Q.3 What does the acronym SMART stand for in goal setting?
Marks: 5
Specific, Measurable, Achievable, Realistic, Time-bound.
""",
        (
            Item("1", 1, "Biceps."),
            Item("2", 4, "Heart rate increases and breathing becomes faster and deeper.", 2),
            Item("3", 5, "Specific, Measurable, Achievable, Realistic, Time-bound."),
        ),
        held_out=True,
    ),
    Layout(
        "long-unlabelled-answers-under-question-headings",
        """Philosophy and Ethics - essay plans (teacher copy)

Question 1 - Explain the utilitarian view of morality. (6 marks)

Utilitarianism judges an action by its consequences: the right action is the one that
produces the greatest happiness for the greatest number of people. Bentham measured
pleasure and pain with his hedonic calculus; Mill distinguished higher and lower pleasures.

Question 2 - Give one criticism of utilitarianism. (2 marks)

It can justify harming a minority if that makes the majority happier, which seems unjust.

TOTAL FOR PAPER: 8 MARKS
""",
        (
            Item(
                "1",
                6,
                "Utilitarianism judges an action by its consequences: the right action is the one that produces the greatest happiness for the greatest number of people. Bentham measured pleasure and pain with his hedonic calculus; Mill distinguished higher and lower pleasures.",
            ),
            Item("2", 2, "It can justify harming a minority if that makes the majority happier, which seems unjust."),
        ),
        total=8,
        held_out=True,
    ),
    Layout(
        "unnumbered-q-and-a-pairs",
        """Cooking safety - quick check (answers)

Q: Why should you wash your hands before handling food? (2 marks)
A: To remove bacteria that could contaminate the food and cause food poisoning.

Q: What colour chopping board is used for raw meat in UK kitchens? (1 mark)
A: Red.

Q: At what temperature should food be reheated to be safe? (2 marks)
A: At least 75 degrees Celsius in the centre.

Total: 5 marks
""",
        (
            Item("1", 2, "To remove bacteria that could contaminate the food and cause food poisoning."),
            Item("2", 1, "Red."),
            Item("3", 2, "At least 75 degrees Celsius in the centre."),
        ),
        total=5,
        held_out=True,
    ),
    Layout(
        "spaced-nested-labels-with-mark-lines",
        """Computer Science Paper 2 - mark scheme

1 (a) (i) State what is meant by a variable.
A named location in memory whose value can change while the program runs.
Mark: 1
1 (a) (ii) State what is meant by a constant.
A named value that cannot change while the program runs.
Mark: 1
1 (b) Explain why programmers use meaningful identifiers.
They make code easier to read, debug and maintain.
Marks: 2

2 (a) Convert the binary number 1010 to denary.
10
Marks: 2
2 (b) How many different values can 8 bits represent?
256
Mark: 1
""",
        (
            Item("1(a)(i)", 1, "A named location in memory whose value can change while the program runs."),
            Item("1(a)(ii)", 1, "A named value that cannot change while the program runs."),
            Item("1(b)", 2, "They make code easier to read, debug and maintain."),
            Item("2(a)", 2, "10"),
            Item("2(b)", 1, "256"),
        ),
        held_out=True,
    ),
    Layout(
        "model-answer-paragraphs-and-mark-totals-per-question",
        """Sociology - Families and households - marking guide

Question 1. Define the term "nuclear family". [2 marks]

Model answer:
A family of two parents and their dependent children living together in one household.

Question 2. Outline two reasons for the rise in divorce since 1970. [4 marks]

Model answer:
Changes in the law made divorce easier and cheaper to obtain.

Women's greater financial independence means they are less likely to stay in an unhappy marriage.

Total for this question: 4 marks

Question 3. What is meant by the "symmetrical family"? [2 marks]

Model answer:
A family in which the roles of husband and wife are more alike, sharing paid work, housework and childcare.

Maximum mark for the paper: 8
""",
        (
            Item("1", 2, "A family of two parents and their dependent children living together in one household."),
            Item(
                "2",
                4,
                "Changes in the law made divorce easier and cheaper to obtain. Women's greater financial independence means they are less likely to stay in an unhappy marriage.",
            ),
            Item(
                "3",
                2,
                "A family in which the roles of husband and wife are more alike, sharing paid work, housework and childcare.",
            ),
        ),
        total=8,
        held_out=True,
    ),
    Layout(
        "capitals-and-criteria-tables",
        """ENVIRONMENTAL SCIENCE - MARKING GUIDE

QUESTION 1. EXPLAIN THE GREENHOUSE EFFECT. [4 MARKS]
ANSWER: Gases such as carbon dioxide and methane absorb infrared radiation given off by the Earth and re-emit it, warming the lower atmosphere.

| Marking point | Marks |
|---|---|
| Names a greenhouse gas | 1 |
| Infrared radiation absorbed and re-emitted | 2 |
| Warms the atmosphere | 1 |

QUESTION 2. GIVE ONE RENEWABLE SOURCE OF ENERGY. [1 MARK]
ANSWER: Wind power.

QUESTION 3. WHAT IS BIODIVERSITY? [2 MARKS]
ANSWER: The variety of living species in an area.

| Marking point | Marks |
|---|---|
| Variety of species | 1 |
| In a given area or habitat | 1 |

TOTAL: 7 MARKS
""",
        (
            Item(
                "1",
                4,
                "Gases such as carbon dioxide and methane absorb infrared radiation given off by the Earth and re-emit it, warming the lower atmosphere.",
                3,
            ),
            Item("2", 1, "Wind power."),
            Item("3", 2, "The variety of living species in an area.", 2),
        ),
        total=7,
        held_out=True,
        tags=("table",),
    ),
    Layout(
        "question-on-next-line-after-bare-label",
        """Art history - marking guide

Q1.
Which artist painted the ceiling of the Sistine Chapel?
(1 mark)
Michelangelo.

Q2.
Name the art movement associated with Claude Monet.
(1 mark)
Impressionism.

Q3.
Describe one feature of Cubist painting.
(2 marks)
Objects are broken into geometric shapes and shown from several viewpoints at once.
""",
        (
            Item("1", 1, "Michelangelo."),
            Item("2", 1, "Impressionism."),
            Item("3", 2, "Objects are broken into geometric shapes and shown from several viewpoints at once."),
        ),
        held_out=True,
    ),
]

HELD_OUT = [layout.name for layout in LAYOUTS if layout.held_out]
FORMATS = ("txt", "docx", "pdf", "cells")
FILE_TYPE = {"txt": "txt", "docx": "docx", "pdf": "pdf", "cells": "txt"}


def formats(layout: Layout) -> tuple[str, ...]:
    """Every layout as TXT, DOCX and PDF; one with a table also as "cells": the text a PDF reader
    gives for a table whose cells all wrap, one cell per line (saved as a text file)."""
    return FORMATS if "table" in layout.tags else FORMATS[:3]


def normal(text: str) -> str:
    """Answers are compared with their whitespace collapsed (a PDF keeps no indentation)."""
    return re.sub(r"\s+", " ", text or "").strip()


# Rendering


_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_PIPE_RULE = re.compile(r"^\s*\|[\s:|-]+\|\s*$")


def blocks(text: str):
    """("line", text) and ("table", rows) in order: a run of pipe rows is one table."""
    out, rows = [], []
    for line in text.split("\n"):
        if _PIPE_ROW.match(line):
            if not _PIPE_RULE.match(line):
                rows.append([cell.strip() for cell in line.strip().strip("|").split("|")])
            continue
        if rows:
            out.append(("table", rows))
            rows = []
        out.append(("line", line))
    if rows:
        out.append(("table", rows))
    return out


def docx_bytes(text: str) -> bytes:
    """One paragraph per line; a pipe table becomes a Word table where it stood."""
    import docx

    document = docx.Document()
    for kind, value in blocks(text):
        if kind == "line":
            document.add_paragraph(value)
            continue
        table = document.add_table(rows=len(value), cols=len(value[0]))
        for r, cells in enumerate(value):
            for c, cell in enumerate(cells):
                table.cell(r, c).text = cell
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def pdf_bytes(text: str) -> bytes:
    """One line per line (long ones wrap); a pipe table becomes an fpdf2 table, whose text a
    PDF reader gives back one cell per line, or one row per line where no cell wraps."""
    from fpdf import FPDF

    logging.getLogger("fontTools").setLevel(logging.WARNING)
    pdf = FPDF()
    pdf.add_page()
    if _FONT.exists() and _FONT.with_name("DejaVuSans-Bold.ttf").exists():
        pdf.add_font("DejaVu", "", str(_FONT))
        pdf.add_font("DejaVu", "B", str(_FONT.with_name("DejaVuSans-Bold.ttf")))
        pdf.set_font("DejaVu", size=10)
        fix = str
    else:
        pdf.set_font("Helvetica", size=10)
        fix = lambda s: s.encode("latin-1", "replace").decode("latin-1")
    for kind, value in blocks(text):
        if kind == "line":
            pdf.multi_cell(0, 5, fix(value) or " ", new_x="LMARGIN", new_y="NEXT")
            continue
        widths = [_width(column) for column in zip(*value)]
        with pdf.table(col_widths=widths, text_align="LEFT") as table:
            for cells in value:
                row = table.row()
                for cell in cells:
                    row.cell(fix(cell))
    return bytes(pdf.output())


def _width(column) -> int:
    longest = max(len(cell) for cell in column)
    return max(16, min(60, longest))


def cells_text(text: str) -> str:
    lines = []
    for kind, value in blocks(text):
        lines.extend([value] if kind == "line" else [cell for row in value for cell in row if cell.strip()])
    return "\n".join(lines)


def render(layout: Layout, fmt: str) -> bytes:
    """The layout as the bytes of a file of type ``FILE_TYPE[fmt]``."""
    return {
        "txt": lambda t: t.encode(),
        "docx": docx_bytes,
        "pdf": pdf_bytes,
        "cells": lambda t: cells_text(t).encode(),
    }[fmt](layout.text)


def score(layout: Layout, extraction) -> dict:
    """Counts for one extraction: questions found by label, marks and answers right, marking
    points (count) right, total right."""
    found = {q["number"]: q for q in extraction.questions} if extraction else {}
    got = {"items": len(layout.items), "questions": 0, "marks": 0, "answers": 0, "points": 0, "extra": 0, "total": 0}
    for item in layout.items:
        q = found.get(item.label)
        if q is None:
            continue
        got["questions"] += 1
        got["marks"] += q.get("marks") == item.marks
        got["answers"] += normal(q.get("answer")) == normal(item.answer)
        got["points"] += len(q.get("marking_points") or []) == item.points
    got["extra"] = len(set(found) - {item.label for item in layout.items})
    got["total"] = int(extraction is not None and extraction.stated_total == layout.total)
    return got
