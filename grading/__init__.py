"""The instructors' grading side: what grades the final assignment and hides from students.

Never part of the student release (``tools/assignments.py`` copies ``helpers/`` and the data, not
this package), so the release is built by what it copies, not by deleting a file.
"""
