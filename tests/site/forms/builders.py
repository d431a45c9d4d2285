"""Builders of form pages for the tests."""

from cms_blocks import examples
from resacoop.forms.models import FormField, FormPage

#: The fields of the contact form: (label, type, required, choices).
CONTACT_FIELDS = [
    ("Votre nom", "singleline", True, ""),
    ("Votre adresse électronique", "email", True, ""),
    ("Sujet", "dropdown", True, "Projet, Formation, Autre"),
    ("Votre message", "multiline", True, ""),
    ("J'accepte que le réseau utilise ces informations", "checkbox", True, ""),
]
#: What a person fills in, by each field's name.
VALID = {
    "votre_nom": "Camille Martin",
    "votre_adresse_electronique": "camille@example.org",
    "sujet": "Projet",
    "votre_message": "Bonjour, nous préparons un projet au Sénégal.",
    "jaccepte_que_le_reseau_utilise_ces_informations": "on",
}


def make_form_page(parent, fields=CONTACT_FIELDS, **values):
    """A published form page under ``parent`` that e-mails the network."""
    values.setdefault("title", "Écrire au réseau")
    values.setdefault("slug", "ecrire")
    values.setdefault("to_address", "equipe@example.org")
    values.setdefault("from_address", "site@example.org")
    values.setdefault("subject", "Message du site")
    values.setdefault("thank_you_text", "Merci pour votre message.")
    page = FormPage(
        form_fields=[
            FormField(label=label, field_type=kind, required=required, choices=choices)
            for label, kind, required, choices in fields
        ],
        **values,
    )
    return examples.add_page(parent, page)


class BrokenMailBackend:
    """An e-mail backend whose server cannot be reached."""

    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("the mail server cannot be reached")
