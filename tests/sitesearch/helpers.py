from django.urls import reverse

SEARCH_URL = reverse("search")


def search(client, query, **params):
    response = client.get(SEARCH_URL, {"q": query, **params})
    assert response.status_code == 200
    return response


def titles(response):
    return [page.title for page in response.context["results_page"]]
