"""The admin's "forgot password" form sends a limited number of e-mails, and says nothing more."""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail

RESET = "/admin/password_reset/"
DONE = "/admin/password_reset/done/"


@pytest.fixture
def people(db):
    User = get_user_model()
    return [
        User.objects.create_user(f"personne{number}", f"personne{number}@example.org", "x")
        for number in range(20)
    ]


def ask_reset(client, email, ip="192.0.2.1"):
    return client.post(RESET, {"email": email}, REMOTE_ADDR=ip)


def test_one_address_gets_three_e_mails_whoever_asks(client, people):
    mail.outbox.clear()

    answers = [ask_reset(client, "personne0@example.org", ip=f"192.0.2.{n}") for n in range(20)]

    assert len(mail.outbox) == 3
    assert {(answer.status_code, answer["Location"]) for answer in answers} == {(302, DONE)}


def test_one_ip_address_gets_ten_e_mails_sent_whatever_it_asks(client, people):
    mail.outbox.clear()

    for person in people:
        ask_reset(client, person.email.upper())

    assert len(mail.outbox) == 10
    ask_reset(client, people[-1].email, ip="192.0.2.2")  # someone else
    assert len(mail.outbox) == 11


def test_throttled_answer_is_the_answer_for_an_unknown_address(client, people):
    for _ in range(5):
        throttled = ask_reset(client, "personne0@example.org")
    unknown = ask_reset(client, "personne@ailleurs.example", ip="192.0.2.3")

    assert (throttled.status_code, throttled["Location"]) == (
        unknown.status_code,
        unknown["Location"],
    )
    done = client.get(throttled["Location"])
    assert done.status_code == 200
