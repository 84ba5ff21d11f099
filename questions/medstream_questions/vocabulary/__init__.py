"""The domain vocabulary: places, diagnoses, chapters, departments and visit types.

It is the one list of what exists in the warehouse and how people name it. The warehouse
generator writes these names; the question parser reads questions with them.
"""
