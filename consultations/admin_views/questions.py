"""The file a citizen attached to a question, for the staff who handle questions."""

from django.contrib.auth.decorators import permission_required
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404

from consultations.models import Question


@permission_required("consultations.change_question", raise_exception=True)
def question_attachment(request, pk):
    """The file a citizen attached: staff only, downloaded, never shown inline."""
    question = get_object_or_404(Question, pk=pk)
    if not question.attachment:
        raise Http404
    extension = question.attachment.name.rsplit(".", 1)[-1]
    try:  # the file may be gone from the storage (e.g. a restore without private files)
        handle = question.attachment.open("rb")
    except FileNotFoundError as error:
        raise Http404 from error
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=f"{question.reference_code}.{extension}",
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response
