"""Command-line tools of the generated package (copied verbatim).

``python -m <package>._tools.drift NEW``: spec drift for the operations in use.
``python -m <package>._tools.prism_spec OUT``: the snapshot as a Prism mock serves it.
"""
