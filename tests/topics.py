"""Eight questions' vocabularies that share no word: a course of many questions for the tests of
answers to another question (the export's and the benchmark's choice of an ``unseen_margin``)."""

TOPICS = (
    "push pop top plates",
    "enqueue dequeue front back",
    "root leaves branches nodes",
    "buckets keys collisions chaining",
    "vertices edges paths cycles",
    "compare swap order pivot",
    "priority parent child sift",
    "iterate repeat counter condition",
)
