from anyascii import anyascii


def sort_key(text):
    """A key that sorts names the way a French reader expects.

    Accents and case are ignored ("Établissement" sorts with "etablissement", before
    "Europe") and ligatures are spelt out ("Œuvre" as "oeuvre"). The same key works for
    English and Spanish ("Ángel" with "angel").
    """
    return anyascii(text).casefold().strip()
