"""Admin views of models holding personal data: only those who may read the model reach them.

Wagtail's snippet views (list, edit, history, usage, copy, inspect) check the model's
permissions, but two of its generic views do not:

- the snippet chooser (choose, its results, chosen, chosen-multiple) checks only access to the
  admin, so an editor could list every citizen's question and read each one's reference code
  and text;
- the bulk delete's confirmation page names every selected item, including those the user may
  not delete, so anyone in the admin could read a question's label by its id.

A model whose SnippetViewSet derives from `PersonalDataSnippetViewSet` gets both closed: its
chooser and its bulk delete (the only bulk action Wagtail gives snippets) refuse anyone without
the model's view or change permission, with the admin's usual refusal (a redirect to the
dashboard with a message, or 403 to a script). Use it for every model holding citizens' or
officers' personal data: questions today; data requests and award proposals when they come to
the admin. tests/security/test_admin_walk.py walks every admin address to keep this true."""

from django.core.exceptions import PermissionDenied
from django.utils.functional import classproperty
from wagtail.permissions import policy_registry
from wagtail.snippets.bulk_actions.delete import DeleteBulkAction
from wagtail.snippets.models import get_snippet_models
from wagtail.snippets.views import chooser
from wagtail.snippets.views.snippets import SnippetViewSet

# The permissions that let someone read a model's records in the admin.
READ_ACTIONS = ("view", "change")


def may_read(user, model):
    return policy_registry.get_by_type(model).user_has_any_permission(user, READ_ACTIONS)


class ReadPermissionRequiredMixin:
    """Refuses, before anything is looked up, a user who may not read `self.model_class`."""

    def dispatch(self, request, *args, **kwargs):
        if not may_read(request.user, self.model_class):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class ChooseView(ReadPermissionRequiredMixin, chooser.ChooseView):
    pass


class ChooseResultsView(ReadPermissionRequiredMixin, chooser.ChooseResultsView):
    pass


class ChosenView(ReadPermissionRequiredMixin, chooser.SnippetChosenView):
    pass


class ChosenMultipleView(ReadPermissionRequiredMixin, chooser.SnippetChosenMultipleView):
    pass


class CreateView(ReadPermissionRequiredMixin, chooser.SnippetCreateView):
    # Creating also needs the "add" permission (Wagtail checks it); reading comes first so
    # a refused form never echoes anything back.
    pass


class PersonalDataChooserViewSet(chooser.SnippetChooserViewSet):
    choose_view_class = ChooseView
    choose_results_view_class = ChooseResultsView
    chosen_view_class = ChosenView
    chosen_multiple_view_class = ChosenMultipleView
    create_view_class = CreateView


class PersonalDataSnippetViewSet(SnippetViewSet):
    """The SnippetViewSet of a model holding personal data (see the module's docstring)."""

    chooser_viewset_class = PersonalDataChooserViewSet


def personal_data_models():
    return [
        model
        for model in get_snippet_models()
        if isinstance(getattr(model, "snippet_viewset", None), PersonalDataSnippetViewSet)
    ]


class PersonalDataDeleteBulkAction(DeleteBulkAction):
    """Wagtail's bulk delete, refusing whoever may not read the model: its confirmation page
    would otherwise list the selected records by name to someone who may not even see them.
    Registered in core.wagtail_hooks."""

    @classproperty
    def models(cls):
        return personal_data_models()

    def dispatch(self, request, *args, **kwargs):
        if not may_read(request.user, self.model):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)
