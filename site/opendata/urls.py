from django.urls import path, register_converter

from opendata import views


class DataSetConverter:
    regex = "quyet-dinh|khen-thuong"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


class FormatConverter(DataSetConverter):
    regex = "csv|json"


register_converter(DataSetConverter, "dataset")
register_converter(FormatConverter, "dataformat")

app_name = "opendata"

urlpatterns = [
    path("", views.index, name="index"),
    path("<dataset:slug>.<dataformat:fmt>", views.data, name="data"),
]
