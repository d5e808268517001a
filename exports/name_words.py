"""Given names and surnames that are also ordinary English words.

For these the anonymizer is careful: it replaces them only when written as a name
(capitalised, not opening a sentence as an ordinary word would) or as part of the person's
full name. Every other name part is replaced in any case. Add to this list, never shrink it.
"""
NAME_WORDS = frozenset(
    """
    ace amber angel april archer art ash august autumn baker banks baron basil bay bell best bill bird bishop
    black blaze bob bond brandy brook brooks brown buck bush candy carter case cash chance chase chip church
    clay cliff cole colt cook crane cross crystal daisy dale dash dawn day dean destiny dick don drake duke
    dusty earl faith fair field fisher ford forest fox frank gay gene ginger glen glory gill grace grant gray
    green grey guy hall happy hardy harmony hart hazel heath heather holly honor hope hunter iris ivy jack
    jade jay joy june justice kitty king knight lamb lane law lee liberty lily link little long lucky major
    mark marsh mason max may melody miles mint misty moon noble olive page parks pat pearl peg penny pierce
    porter power price prince rain ray reed rich rivers river rob robin rock rocky rod rose royal ruby rusty
    sage sandy sharp short sky small sol spring star sterling stone storm story strong sue summer sunny swift
    tank tiny trace trinity victor violet wade walker waters white will willow winter wise wolf wood wren young
    """.split()
)

# Words after which a sentence-opening "Will", "Mark" or "Bill" is the ordinary word
# ("Will the loop stop?", "Mark the answer"), not a name ("Will explained ...").
ORDINARY_FOLLOWERS = frozenset(
    """
    a all an any at be both down each every for have he her him his i in it its me more my no not of off on
    one our out she some that the their them there these they this those to up us we with you your
    """.split()
)
