"""Plain-Python grading logic: rubrics and score checks, prompts, reply parsing, providers.

Nothing here imports Django; the apps above pass plain data in and get plain data back.
"""
