from django.core.management.base import BaseCommand, CommandError

from home.localities import DEFAULT_FILE, load_localities


class Command(BaseCommand):
    help = (
        "Load the province's localities (communes, wards and the former districts) from a JSON "
        "file into home.Locality. Rows are matched by name without diacritics: existing ones "
        "are updated, never duplicated; running it again changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--file",
            default=str(DEFAULT_FILE),
            help="The JSON file (default: the demo province's, %(default)s).",
        )

    def handle(self, *args, file, **options):
        try:
            result = load_localities(file)
        except (OSError, ValueError, KeyError) as error:
            raise CommandError(f"Không nạp được danh sách địa bàn: {error}") from error
        self.stdout.write(
            self.style.SUCCESS(
                f"Địa bàn: {result.created} thêm mới, {result.updated} cập nhật, "
                f"{result.unchanged} không đổi."
            )
        )
