def test_admin_login_page_loads(client, db):
    response = client.get("/admin/login/")

    assert response.status_code == 200
    assert 'name="username"' in response.content.decode()


def test_admin_requires_login(client, db):
    response = client.get("/admin/")

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_administrator_sees_the_dashboard(admin_client, home_page):
    response = admin_client.get("/admin/")

    assert response.status_code == 200


def test_admin_is_not_under_a_language_prefix(client, db):
    assert client.get("/fr/admin/").status_code == 404
