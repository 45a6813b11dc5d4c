"""Demo content of the units' registration (registrations.demo): the units taking part in the
province's emulation, the year's clusters and blocks with their criteria tables, the open
campaign with its report windows, what the units registered and reported, and last year's
closed campaign.

Plain data only. Units already listed in home.demo_content.UNITS are named there; here they
get only their contact details. Localities are names of home.Locality rows (home.demo loads the
province's list from home/data); a name that is missing leaves the field blank. Since 1/7/2025
the province has no district level, so this year's local units are the communes and wards (xã,
phường).

Timing is relative to the day the demo is first loaded: ``days`` of a registration are days
after the campaign opened (created, sent, reviewed); ``days`` of a report are days after its
window opened. The texts follow the seeds: Kế hoạch 12/KH-UBND (registration, pledges,
reviews), the report outline of Văn bản 962/SNV-TĐKT and the Sơn La office's yearly plan.
People, figures, addresses and telephone numbers are fictional.
"""

SECRETARIAT_USERNAME = "thuongtruc"  # the demo secretariat account (home.demo)

# --- Units -----------------------------------------------------------------------------------

UNITS = [
    # Units of home.demo_content.UNITS: contact details only.
    {
        "code": "SGDDT",
        "address": "Số 2 đường Hoàng Văn Thụ, phường Lương Văn Tri, tỉnh Lạng Sơn",
        "phone": "0205 3812 570",
        "email": "vanphong.sgddt@example.invalid",
        "locality": "phường Lương Văn Tri",
    },
    {
        "code": "SYT",
        "address": "Số 4 đường Hùng Vương, phường Lương Văn Tri, tỉnh Lạng Sơn",
        "phone": "0205 3812 361",
        "email": "vanphong.syt@example.invalid",
        "locality": "phường Lương Văn Tri",
    },
    {
        "code": "UBND-CAOLOC",
        "address": "Khối 7, thị trấn Cao Lộc, huyện Cao Lộc, tỉnh Lạng Sơn (trụ sở cũ)",
        "phone": "0205 3861 412",
        "email": "vanphong.caoloc@example.invalid",
        "locality": "",
    },
    {
        "code": "UBND-TPLS",
        "address": "Số 1 đường Lê Lợi, phường Vĩnh Trại, thành phố Lạng Sơn (trụ sở cũ)",
        "phone": "0205 3870 224",
        "email": "vanphong.tpls@example.invalid",
        "locality": "",
    },
    {
        "code": "CTCP-NSXL",
        "address": "Thôn Nà Pàn, xã Văn Quan, tỉnh Lạng Sơn",
        "phone": "0205 3830 586",
        "email": "lienhe@nongsanxulang.example.vn",
        "locality": "xã Văn Quan",
    },
    {
        "code": "HND",
        "address": "Số 18 đường Tam Thanh, phường Tam Thanh, tỉnh Lạng Sơn",
        "phone": "0205 3812 418",
        "email": "vanphong.hnd@example.invalid",
        "locality": "",
    },
    # Departments (sở, ban, ngành).
    {
        "code": "SNV",
        "name": "Sở Nội vụ tỉnh Lạng Sơn",
        "short_name": "SNV",
        "kind": "so_nganh",
        "address": "Số 52 đường Lê Lợi, phường Lương Văn Tri, tỉnh Lạng Sơn",
        "phone": "0205 3812 246",
        "email": "vanphong.snv@example.invalid",
        "locality": "phường Lương Văn Tri",
    },
    {
        "code": "STC",
        "name": "Sở Tài chính tỉnh Lạng Sơn",
        "short_name": "STC",
        "kind": "so_nganh",
        "address": "Số 2 đường Trần Đăng Ninh, phường Lương Văn Tri, tỉnh Lạng Sơn",
        "phone": "0205 3812 130",
        "email": "vanphong.stc@example.invalid",
        "locality": "phường Lương Văn Tri",
    },
    {
        "code": "SCT",
        "name": "Sở Công Thương tỉnh Lạng Sơn",
        "short_name": "SCT",
        "kind": "so_nganh",
        "address": "Số 59 đường Bà Triệu, phường Đông Kinh, tỉnh Lạng Sơn",
        "phone": "0205 3812 237",
        "email": "vanphong.sct@example.invalid",
        "locality": "phường Đông Kinh",
    },
    {
        "code": "SNNMT",
        "name": "Sở Nông nghiệp và Môi trường tỉnh Lạng Sơn",
        "short_name": "SNN&MT",
        "kind": "so_nganh",
        "address": "Số 162 đường Bà Triệu, phường Đông Kinh, tỉnh Lạng Sơn",
        "phone": "0205 3812 545",
        "email": "vanphong.snnmt@example.invalid",
        "locality": "phường Đông Kinh",
    },
    {
        "code": "VPUBND",
        "name": "Văn phòng Ủy ban nhân dân tỉnh Lạng Sơn",
        "short_name": "VP UBND tỉnh",
        "kind": "so_nganh",
        "address": "Đường Hùng Vương, phường Lương Văn Tri, tỉnh Lạng Sơn",
        "phone": "0205 3812 607",
        "email": "vanphong.vpubnd@example.invalid",
        "locality": "phường Lương Văn Tri",
    },
    {
        "code": "SVHTTDL",
        "name": "Sở Văn hóa, Thể thao và Du lịch tỉnh Lạng Sơn",
        "short_name": "SVHTTDL",
        "kind": "so_nganh",
        "address": "Số 9 đường Đinh Tiên Hoàng, phường Lương Văn Tri, tỉnh Lạng Sơn",
        "phone": "0205 3812 391",
        "email": "vanphong.svhttdl@example.invalid",
        "locality": "phường Lương Văn Tri",
    },
    {
        "code": "SKHCN",
        "name": "Sở Khoa học và Công nghệ tỉnh Lạng Sơn",
        "short_name": "SKHCN",
        "kind": "so_nganh",
        "address": "Số 25 đường Ngô Gia Tự, phường Đông Kinh, tỉnh Lạng Sơn",
        "phone": "0205 3812 484",
        "email": "vanphong.skhcn@example.invalid",
        "locality": "phường Đông Kinh",
    },
    # Communes and wards (chính quyền địa phương cấp xã).
    {
        "code": "UBND-LVT",
        "name": "Ủy ban nhân dân phường Lương Văn Tri",
        "short_name": "UBND phường Lương Văn Tri",
        "kind": "xa_phuong",
        "address": "Số 12 đường Lý Thái Tổ, phường Lương Văn Tri, tỉnh Lạng Sơn",
        "phone": "0205 3875 120",
        "email": "ubnd.luongvantri@example.invalid",
        "locality": "phường Lương Văn Tri",
    },
    {
        "code": "UBND-DONGKINH",
        "name": "Ủy ban nhân dân phường Đông Kinh",
        "short_name": "UBND phường Đông Kinh",
        "kind": "xa_phuong",
        "address": "Số 85 đường Lê Lợi, phường Đông Kinh, tỉnh Lạng Sơn",
        "phone": "0205 3871 036",
        "email": "ubnd.dongkinh@example.invalid",
        "locality": "phường Đông Kinh",
    },
    {
        "code": "UBND-DONGDANG",
        "name": "Ủy ban nhân dân xã Đồng Đăng",
        "short_name": "UBND xã Đồng Đăng",
        "kind": "xa_phuong",
        "address": "Khu Ga, xã Đồng Đăng, tỉnh Lạng Sơn",
        "phone": "0205 3851 207",
        "email": "ubnd.dongdang@example.invalid",
        "locality": "xã Đồng Đăng",
    },
    {
        "code": "UBND-MAUSON",
        "name": "Ủy ban nhân dân xã Mẫu Sơn",
        "short_name": "UBND xã Mẫu Sơn",
        "kind": "xa_phuong",
        "address": "Thôn Khuổi Tảo, xã Mẫu Sơn, tỉnh Lạng Sơn",
        "phone": "0205 3840 318",
        "email": "ubnd.mauson@example.invalid",
        "locality": "xã Mẫu Sơn",
    },
    # Enterprises.
    {
        "code": "CTCP-VLXDCL",
        "name": "Công ty cổ phần Vật liệu xây dựng Chi Lăng",
        "short_name": "VLXD Chi Lăng",
        "kind": "doanh_nghiep",
        "address": "Khu công nghiệp Đồng Bành, xã Chi Lăng, tỉnh Lạng Sơn",
        "phone": "0205 3820 455",
        "email": "vanphong@vlxdchilang.example.vn",
        "locality": "xã Chi Lăng",
    },
    {
        "code": "CTTNHH-MAYKL",
        "name": "Công ty TNHH May Kỳ Lừa",
        "short_name": "May Kỳ Lừa",
        "kind": "doanh_nghiep",
        "address": "Số 210 đường Bắc Sơn, phường Kỳ Lừa, tỉnh Lạng Sơn",
        "phone": "0205 3898 602",
        "email": "nhansu@maykylua.example.vn",
        "locality": "",
    },
    # Mass organisations (đoàn thể).
    {
        "code": "TINHDOAN",
        "name": "Tỉnh đoàn Lạng Sơn",
        "short_name": "Tỉnh đoàn",
        "kind": "doan_the",
        "address": "Số 26 đường Hùng Vương, phường Lương Văn Tri, tỉnh Lạng Sơn",
        "phone": "0205 3812 659",
        "email": "vanphong.tinhdoan@example.invalid",
        "locality": "phường Lương Văn Tri",
    },
    {
        "code": "HLHPN",
        "name": "Hội Liên hiệp Phụ nữ tỉnh Lạng Sơn",
        "short_name": "Hội LHPN tỉnh",
        "kind": "doan_the",
        "address": "Số 5 đường Phai Vệ, phường Đông Kinh, tỉnh Lạng Sơn",
        "phone": "0205 3812 262",
        "email": "vanphong.hoiphunu@example.invalid",
        "locality": "phường Đông Kinh",
    },
    {
        "code": "LDLD",
        "name": "Liên đoàn Lao động tỉnh Lạng Sơn",
        "short_name": "LĐLĐ tỉnh",
        "kind": "doan_the",
        "address": "Số 10 đường Tam Thanh, phường Tam Thanh, tỉnh Lạng Sơn",
        "phone": "0205 3812 520",
        "email": "vanphong.ldld@example.invalid",
        "locality": "",
    },
]

# --- Clusters and blocks of the year -----------------------------------------------------------
# criteria: (content, max points); each table sums to 100.

CLUSTERS = [
    {
        "name": "Khối các cơ quan kinh tế – tổng hợp",
        "kind": "khoi",
        "members": ["STC", "SCT", "SNV", "SNNMT", "VPUBND"],
        "head": "STC",
        "deputy": "SCT",
        "criteria": [
            (
                "Thực hiện nhiệm vụ chính trị, chuyên môn được giao và các chỉ tiêu kế hoạch "
                "năm của ngành",
                40,
            ),
            (
                "Công tác thi đua, khen thưởng: phát động, ký kết giao ước, sơ kết, tổng kết; "
                "phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến",
                20,
            ),
            (
                "Cải cách hành chính, chuyển đổi số; thực hiện cơ chế “một cửa”, “một cửa liên "
                "thông”",
                15,
            ),
            (
                "Xây dựng tổ chức Đảng, cơ quan, đoàn thể trong sạch, vững mạnh; thực hiện quy "
                "chế dân chủ ở cơ quan",
                15,
            ),
            (
                "Thực hành tiết kiệm, chống tham nhũng, lãng phí; tham gia hoạt động từ thiện, "
                "nhân đạo",
                10,
            ),
        ],
    },
    {
        "name": "Khối các cơ quan văn hóa – xã hội",
        "kind": "khoi",
        "members": ["SGDDT", "SYT", "SVHTTDL", "SKHCN"],
        "head": "SYT",
        "deputy": "SVHTTDL",
        "criteria": [
            (
                "Thực hiện nhiệm vụ chính trị, chuyên môn của ngành và các chỉ tiêu phát triển "
                "văn hóa – xã hội được giao",
                45,
            ),
            (
                "Công tác thi đua, khen thưởng; xây dựng ít nhất 02 điển hình tiên tiến trong năm",
                20,
            ),
            ("Cải cách hành chính, ứng dụng công nghệ thông tin, chuyển đổi số", 15),
            ("Xây dựng tổ chức Đảng, chính quyền, đoàn thể vững mạnh", 10),
            ("Tham gia hoạt động chung của khối; thực hiện giao ước thi đua đã ký kết", 10),
        ],
    },
    {
        "name": "Cụm thi đua các phường, xã khu vực trung tâm và cửa khẩu",
        "kind": "cum",
        "members": ["UBND-LVT", "UBND-DONGKINH", "UBND-DONGDANG", "UBND-MAUSON"],
        "head": "UBND-LVT",
        "deputy": "UBND-DONGDANG",
        "criteria": [
            (
                "Phát triển kinh tế, thu ngân sách trên địa bàn; xây dựng nông thôn mới, đô thị "
                "văn minh; giảm nghèo bền vững",
                35,
            ),
            ("Văn hóa – xã hội, giáo dục, y tế; chăm lo đời sống Nhân dân", 20),
            (
                "Quốc phòng, an ninh, trật tự an toàn xã hội; xây dựng biên giới hòa bình, hữu "
                "nghị",
                15,
            ),
            (
                "Cải cách hành chính, chuyển đổi số; vận hành chính quyền địa phương hai cấp",
                15,
            ),
            ("Công tác thi đua, khen thưởng; xây dựng Đảng, chính quyền, đoàn thể", 15),
        ],
    },
]

# --- The year's campaign --------------------------------------------------------------------

COLLECTIVE_TITLES = [
    "Cờ thi đua của UBND tỉnh",
    "Tập thể lao động xuất sắc",
    "Tập thể lao động tiên tiến",
]
INDIVIDUAL_TITLES = ["Chiến sĩ thi đua cấp tỉnh", "Chiến sĩ thi đua cơ sở", "Lao động tiên tiến"]

CAMPAIGN = {
    "title": "Đăng ký thi đua năm {year}",
    "opens_days_ago": 30,
    "opens_hour": 8,
    "deadline_in_days": 14,
    "deadline_hour": 17,
    "reminder_days": "7, 3, 1",
    # {year} and {deadline} (17 giờ 00 ngày dd/mm/yyyy) are filled in.
    "instructions": (
        "<p>Thực hiện Kế hoạch công tác thi đua, khen thưởng năm {year} của Ủy ban nhân dân "
        "tỉnh, các sở, ban, ngành, đoàn thể tỉnh, Ủy ban nhân dân các xã, phường và các doanh "
        "nghiệp thuộc cụm, khối thi đua của tỉnh đăng ký danh hiệu thi đua và chỉ tiêu thi đua "
        "năm {year} trên Cổng thông tin.</p>"
        "<ul>"
        "<li>Đăng ký danh hiệu thi đua của tập thể đơn vị và danh sách cá nhân đăng ký danh hiệu "
        "(Chiến sĩ thi đua cấp tỉnh, Chiến sĩ thi đua cơ sở, Lao động tiên tiến); có thể nhập "
        "danh sách cá nhân từ tệp Excel theo mẫu.</li>"
        "<li>Nội dung thi đua phải bám sát mục tiêu, nhiệm vụ chính trị được giao, cụ thể hóa "
        "các nhiệm vụ thành chỉ tiêu thi đua (nội dung, đơn vị tính, kế hoạch) phù hợp với đặc "
        "điểm, yêu cầu của từng địa phương, đơn vị.</li>"
        "<li>Khuyến khích đăng ký thi đua bằng các công trình, sản phẩm, các sáng kiến, cải "
        "tiến kỹ thuật; mỗi cơ quan, đơn vị xây dựng, bồi dưỡng ít nhất 02 điển hình tiên "
        "tiến.</li>"
        "<li>Chọn các phong trào thi đua đơn vị tham gia và ghi rõ họ tên, chức vụ của thủ "
        "trưởng đơn vị ký bản đăng ký.</li>"
        "</ul>"
        "<p>Hạn cuối gửi bản đăng ký: <b>{deadline}</b>. Sau khi đơn vị gửi, Ban Thi đua – Khen "
        "thưởng (Sở Nội vụ) xem xét, tiếp nhận hoặc trả lại kèm lý do để đơn vị bổ sung. Kết "
        "quả thực hiện được báo cáo theo đề cương ở kỳ sơ kết 6 tháng và kỳ tổng kết năm; các "
        "cụm, khối thi đua chấm điểm theo bảng tiêu chí đã thống nhất.</p>"
    ),
}

# kind, title ({year}), opens (days from today, hour), deadline (days from today, hour)
WINDOWS = [
    ("giua_nam", "Sơ kết 6 tháng đầu năm {year}", (-10, 8), (10, 17)),
    ("cuoi_nam", "Tổng kết công tác thi đua, khen thưởng năm {year}", (21, 8), (51, 17)),
]

# --- Registrations for the open campaign ------------------------------------------------------
# Not registered yet: SGDDT (the demo officer donvi1 registers it), UBND-CAOLOC and UBND-TPLS
# (no longer exist), HND, LDLD, CTCP-VLXDCL.

REGISTRATIONS = [
    {
        "unit": "SYT",
        "state": "accepted",
        "days": (2.1, 9.4, 11.2),
        "signer": ("Hà Quang Minh", "Giám đốc Sở Y tế"),
        "collective_titles": ["Tập thể lao động xuất sắc", "Cờ thi đua của UBND tỉnh"],
        "individuals": [
            ("Lương Thị Thu Hà", "Phó Giám đốc Sở Y tế", "Chiến sĩ thi đua cấp tỉnh"),
            (
                "Nông Thị Hồng Nhung",
                "Trưởng phòng Nghiệp vụ Y – Dược, Sở Y tế",
                "Chiến sĩ thi đua cơ sở",
            ),
            (
                "Hoàng Văn Khánh",
                "Chuyên viên Văn phòng Sở, phụ trách công tác thi đua, khen thưởng",
                "Lao động tiên tiến",
            ),
            (
                "Triệu Văn Hưng",
                "Chuyên viên phòng Kế hoạch – Tài chính, Sở Y tế",
                "Lao động tiên tiến",
            ),
        ],
        "indicators": [
            (
                "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin",
                "%",
                "95",
                "Chương trình tiêm chủng mở rộng",
            ),
            ("Số giường bệnh trên 10.000 dân", "giường", "32", "Không tính giường trạm y tế"),
            ("Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "96.5", "Phối hợp Bảo hiểm xã hội tỉnh"),
            (
                "Tỷ lệ xã, phường đạt Bộ tiêu chí quốc gia về y tế",
                "%",
                "100",
                "",
            ),
            (
                "Hồ sơ thủ tục hành chính lĩnh vực y tế giải quyết đúng hạn",
                "%",
                "100",
                "",
            ),
            (
                "Sáng kiến được Hội đồng sáng kiến cơ sở công nhận",
                "sáng kiến",
                "12",
                "Làm căn cứ xét danh hiệu Chiến sĩ thi đua cơ sở",
            ),
        ],
    },
    {
        "unit": "STC",
        "state": "accepted",
        "days": (1.3, 5.2, 6.4),
        "signer": ("Mông Văn Thịnh", "Giám đốc Sở Tài chính"),
        "collective_titles": ["Tập thể lao động xuất sắc", "Cờ thi đua của UBND tỉnh"],
        "individuals": [
            ("Chu Thị Thanh Hương", "Phó Giám đốc Sở Tài chính", "Chiến sĩ thi đua cấp tỉnh"),
            ("Lộc Văn Đạt", "Trưởng phòng Quản lý ngân sách", "Chiến sĩ thi đua cơ sở"),
            (
                "Đinh Thị Lan Anh",
                "Chuyên viên phòng Tài chính doanh nghiệp",
                "Lao động tiên tiến",
            ),
            ("Nguyễn Mạnh Cường", "Chuyên viên phòng Quản lý đầu tư", "Lao động tiên tiến"),
        ],
        "indicators": [
            (
                "Tổng thu ngân sách nhà nước trên địa bàn",
                "tỷ đồng",
                "10500",
                "Theo Nghị quyết của HĐND tỉnh",
            ),
            (
                "Tỷ lệ giải ngân vốn đầu tư công so với kế hoạch vốn giao",
                "%",
                "95",
                "Tính đến 31/01 năm sau",
            ),
            (
                "Hồ sơ quyết toán dự án hoàn thành được thẩm định đúng thời hạn",
                "%",
                "100",
                "",
            ),
            (
                "Thủ tục hành chính được giải quyết trực tuyến toàn trình",
                "%",
                "80",
                "",
            ),
            ("Tiết kiệm chi thường xuyên so với dự toán", "%", "10", "Giữ lại khi giao dự toán"),
        ],
    },
    {
        "unit": "SCT",
        "state": "accepted",
        "days": (3.0, 8.3, 10.1),
        "signer": ("Bế Văn Lâm", "Giám đốc Sở Công Thương"),
        "collective_titles": ["Tập thể lao động xuất sắc"],
        "individuals": [
            ("Hứa Thị Ngọc Mai", "Trưởng phòng Quản lý thương mại", "Chiến sĩ thi đua cơ sở"),
            ("Lý Văn Hùng", "Chánh Thanh tra Sở Công Thương", "Chiến sĩ thi đua cơ sở"),
            ("Đàm Thị Thu", "Chuyên viên Văn phòng Sở Công Thương", "Lao động tiên tiến"),
        ],
        "indicators": [
            ("Chỉ số sản xuất công nghiệp (IIP) tăng so với năm trước", "%", "8", ""),
            (
                "Kim ngạch xuất nhập khẩu hàng hóa qua các cửa khẩu trên địa bàn tỉnh",
                "triệu USD",
                "6000",
                "Phối hợp Ban Quản lý Khu kinh tế cửa khẩu",
            ),
            (
                "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng",
                "tỷ đồng",
                "38000",
                "",
            ),
            (
                "Sản phẩm OCOP được hỗ trợ tham gia hội chợ, xúc tiến thương mại",
                "sản phẩm",
                "30",
                "",
            ),
            (
                "Cuộc kiểm tra, kiểm soát thị trường về hàng giả, hàng kém chất lượng",
                "cuộc",
                "120",
                "",
            ),
        ],
    },
    {
        "unit": "SVHTTDL",
        "state": "accepted",
        "days": (4.2, 10.3, 12.4),
        "signer": ("Vi Quốc Huy", "Giám đốc Sở Văn hóa, Thể thao và Du lịch"),
        "collective_titles": ["Tập thể lao động xuất sắc"],
        "individuals": [
            ("Lành Thị Hải Yến", "Phó Giám đốc Sở", "Chiến sĩ thi đua cơ sở"),
            ("Hoàng Minh Đức", "Trưởng phòng Quản lý du lịch", "Chiến sĩ thi đua cơ sở"),
            (
                "Mã Thị Hồng",
                "Diễn viên Nhà hát Dân tộc tỉnh, người trực tiếp biểu diễn",
                "Lao động tiên tiến",
            ),
        ],
        "indicators": [
            ("Lượt khách du lịch đến tỉnh", "nghìn lượt", "5000", ""),
            ("Tổng thu từ khách du lịch", "tỷ đồng", "4500", ""),
            (
                "Tỷ lệ hộ gia đình được công nhận “Gia đình văn hóa”",
                "%",
                "88",
                "Bình xét vào cuối năm",
            ),
            ("Huy chương tại các giải thể thao toàn quốc, khu vực", "huy chương", "60", ""),
            ("Di tích lịch sử – văn hóa được tu bổ, tôn tạo", "di tích", "4", ""),
        ],
    },
    {
        "unit": "UBND-LVT",
        "state": "accepted",
        "days": (2.4, 7.1, 9.3),
        "signer": ("Lương Đức Mạnh", "Chủ tịch UBND phường Lương Văn Tri"),
        "collective_titles": ["Tập thể lao động xuất sắc", "Cờ thi đua của UBND tỉnh"],
        "individuals": [
            ("Hoàng Văn Chung", "Phó Chủ tịch UBND phường", "Chiến sĩ thi đua cơ sở"),
            (
                "Đinh Thị Nguyệt",
                "Trưởng phòng Kinh tế, Hạ tầng và Đô thị",
                "Chiến sĩ thi đua cơ sở",
            ),
            ("Nguyễn Thị Phương", "Chuyên viên phòng Văn hóa – Xã hội", "Lao động tiên tiến"),
            ("Vi Văn Tâm", "Tổ trưởng tổ dân phố Đông Tiến", "Lao động tiên tiến"),
        ],
        "indicators": [
            ("Thu ngân sách nhà nước trên địa bàn phường", "tỷ đồng", "185", ""),
            (
                "Hồ sơ thủ tục hành chính giải quyết đúng hạn",
                "%",
                "100",
                "Tại Trung tâm Phục vụ hành chính công phường",
            ),
            (
                "Tỷ lệ khu dân cư được công nhận “Khu dân cư văn hóa”",
                "%",
                "92",
                "Bình xét vào cuối năm",
            ),
            ("Tỷ lệ người dân tham gia bảo hiểm y tế", "%", "98", ""),
            ("Tuyến phố, ngõ được chỉnh trang, lắp đèn chiếu sáng", "tuyến", "8", ""),
        ],
    },
    {
        "unit": "CTCP-NSXL",
        "state": "accepted",
        "days": (5.1, 12.2, 13.4),
        "signer": ("Lục Văn Thanh", "Tổng Giám đốc"),
        "collective_titles": ["Tập thể lao động xuất sắc"],
        "individuals": [
            ("Hà Văn Nghĩa", "Quản đốc phân xưởng chế biến tinh dầu hồi", "Chiến sĩ thi đua cơ sở"),
            ("Nông Thị Lụa", "Công nhân tổ sơ chế", "Lao động tiên tiến"),
            ("Hoàng Thị Mơ", "Công nhân tổ đóng gói", "Lao động tiên tiến"),
        ],
        "indicators": [
            ("Doanh thu", "tỷ đồng", "120", ""),
            ("Nộp ngân sách nhà nước", "tỷ đồng", "6.5", ""),
            ("Thu nhập bình quân của người lao động", "triệu đồng/người/tháng", "8.5", ""),
            (
                "Diện tích vùng nguyên liệu hồi, quế liên kết với hộ nông dân",
                "ha",
                "850",
                "Xã Văn Quan, Khánh Khê",
            ),
            ("Sản phẩm được công nhận OCOP 4 sao", "sản phẩm", "2", ""),
        ],
    },
    {
        "unit": "SNV",
        "state": "submitted",
        "days": (3.3, 19.2),
        "signer": ("Nông Văn Bình", "Giám đốc Sở Nội vụ"),
        "collective_titles": ["Tập thể lao động xuất sắc", "Cờ thi đua của UBND tỉnh"],
        "individuals": [
            (
                "Hoàng Thị Thu Trang",
                "Phó Trưởng Ban Thi đua – Khen thưởng",
                "Chiến sĩ thi đua cấp tỉnh",
            ),
            ("Lương Văn Tiến", "Trưởng phòng Tổ chức, biên chế", "Chiến sĩ thi đua cơ sở"),
            ("Phan Thị Ngân", "Chuyên viên phòng Công chức, viên chức", "Lao động tiên tiến"),
            ("Hoàng Văn Quý", "Chuyên viên Ban Thi đua – Khen thưởng", "Lao động tiên tiến"),
        ],
        "indicators": [
            (
                "Hồ sơ đề nghị khen thưởng được thẩm định, trình đúng thời hạn",
                "%",
                "100",
                "Theo Quy chế thi đua, khen thưởng của tỉnh",
            ),
            (
                "Cơ quan, đơn vị thuộc cụm, khối đăng ký thi đua trực tuyến",
                "%",
                "100",
                "",
            ),
            (
                "Tỷ lệ khen thưởng cấp tỉnh cho người lao động trực tiếp",
                "%",
                "75",
                "Trên 75%, trong đó công nhân, nông dân trên 20%",
            ),
            (
                "Cơ quan, đơn vị được kiểm tra công tác thi đua, khen thưởng",
                "đơn vị",
                "20",
                "Ít nhất 30% đơn vị thuộc phạm vi quản lý",
            ),
            ("Lớp tập huấn nghiệp vụ thi đua, khen thưởng", "lớp", "4", ""),
        ],
    },
    {
        "unit": "SNNMT",
        "state": "submitted",
        "days": (6.2, 21.3),
        "signer": ("Lộc Văn Hải", "Giám đốc Sở Nông nghiệp và Môi trường"),
        "collective_titles": ["Tập thể lao động xuất sắc"],
        "individuals": [
            ("Triệu Thị Hoa", "Trưởng phòng Quản lý đất đai", "Chiến sĩ thi đua cơ sở"),
            ("Đinh Công Sơn", "Chuyên viên phòng Kế hoạch – Tài chính", "Lao động tiên tiến"),
            ("Hà Thị Minh", "Kỹ sư Trung tâm Khuyến nông", "Lao động tiên tiến"),
        ],
        "indicators": [
            (
                "Tốc độ tăng giá trị sản xuất nông, lâm nghiệp và thủy sản",
                "%",
                "3.5",
                "",
            ),
            ("Tỷ lệ che phủ rừng", "%", "66", ""),
            ("Xã đạt chuẩn nông thôn mới nâng cao", "xã", "5", ""),
            ("Sản phẩm OCOP từ 3 sao trở lên được công nhận mới", "sản phẩm", "20", ""),
            (
                "Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý",
                "%",
                "95",
                "",
            ),
        ],
    },
    {
        "unit": "SKHCN",
        "state": "submitted",
        "days": (7.4, 22.1),
        "signer": ("Triệu Đức Anh", "Giám đốc Sở Khoa học và Công nghệ"),
        "collective_titles": ["Tập thể lao động xuất sắc"],
        "individuals": [
            ("Dương Thị Kim Oanh", "Trưởng phòng Quản lý khoa học", "Chiến sĩ thi đua cơ sở"),
            (
                "Ngô Văn Long",
                "Chuyên viên phòng Bưu chính, Viễn thông và Chuyển đổi số",
                "Lao động tiên tiến",
            ),
        ],
        "indicators": [
            (
                "Nhiệm vụ khoa học và công nghệ cấp tỉnh được nghiệm thu",
                "nhiệm vụ",
                "15",
                "",
            ),
            (
                "Tỷ lệ thôn, bản có sóng di động băng rộng 4G/5G",
                "%",
                "99",
                "Phối hợp các doanh nghiệp viễn thông",
            ),
            ("Sáng kiến cấp tỉnh được công nhận, phổ biến", "sáng kiến", "40", ""),
            (
                "Tỷ lệ hồ sơ thủ tục hành chính được số hóa kết quả giải quyết",
                "%",
                "100",
                "",
            ),
        ],
    },
    {
        "unit": "UBND-DONGKINH",
        "state": "submitted",
        "days": (4.1, 20.4),
        "signer": ("Phùng Thị Thanh", "Chủ tịch UBND phường Đông Kinh"),
        "collective_titles": ["Tập thể lao động xuất sắc"],
        "individuals": [
            ("Hoàng Anh Tuấn", "Phó Chủ tịch UBND phường", "Chiến sĩ thi đua cơ sở"),
            ("Lăng Thị Duyên", "Chuyên viên Văn phòng HĐND và UBND phường", "Lao động tiên tiến"),
        ],
        "indicators": [
            ("Thu ngân sách nhà nước trên địa bàn phường", "tỷ đồng", "150", ""),
            ("Tuyến phố được chỉnh trang, lắp đặt chiếu sáng", "tuyến", "6", ""),
            ("Tỷ lệ chất thải rắn sinh hoạt được thu gom", "%", "100", ""),
            (
                "Hộ kinh doanh sử dụng thanh toán không dùng tiền mặt",
                "%",
                "80",
                "Chợ Đông Kinh và các tuyến phố thương mại",
            ),
        ],
    },
    {
        "unit": "UBND-DONGDANG",
        "state": "submitted",
        "days": (5.3, 23.2),
        "signer": ("Hoàng Văn Tiệp", "Chủ tịch UBND xã Đồng Đăng"),
        "collective_titles": ["Tập thể lao động tiên tiến"],
        "individuals": [
            ("Chu Văn Lợi", "Phó Chủ tịch UBND xã", "Chiến sĩ thi đua cơ sở"),
            ("Lý Thị Hiền", "Công chức Văn phòng HĐND và UBND xã", "Lao động tiên tiến"),
            ("Nông Văn Chiến", "Trưởng thôn Nà Pá", "Lao động tiên tiến"),
        ],
        "indicators": [
            ("Thu ngân sách nhà nước trên địa bàn xã", "tỷ đồng", "60", ""),
            ("Thôn đạt chuẩn nông thôn mới kiểu mẫu", "thôn", "2", ""),
            ("Giảm tỷ lệ hộ nghèo", "điểm %", "1.5", "Theo chuẩn nghèo đa chiều"),
            ("Hồ sơ thủ tục hành chính nộp trực tuyến", "%", "70", ""),
        ],
    },
    {
        "unit": "TINHDOAN",
        "state": "submitted",
        "days": (8.2, 24.3),
        "signer": ("Lương Thị Hải", "Bí thư Tỉnh đoàn"),
        "collective_titles": ["Tập thể lao động xuất sắc"],
        "individuals": [
            ("Hoàng Thị Ngọc Ánh", "Phó Bí thư Tỉnh đoàn", "Chiến sĩ thi đua cơ sở"),
            ("Vi Văn Hoàng", "Trưởng Ban Tuyên giáo Tỉnh đoàn", "Lao động tiên tiến"),
        ],
        "indicators": [
            ("Công trình, phần việc thanh niên", "công trình", "150", ""),
            ("Đoàn viên mới được kết nạp", "đoàn viên", "5000", ""),
            ("Thanh niên được tư vấn, giới thiệu việc làm", "lượt", "3000", ""),
            ("Đơn vị máu tình nguyện tiếp nhận", "đơn vị", "6000", ""),
        ],
    },
    {
        "unit": "VPUBND",
        "state": "returned",
        "days": (3.2, 8.4, 10.3),
        "signer": ("", ""),
        "collective_titles": ["Tập thể lao động xuất sắc", "Cờ thi đua của UBND tỉnh"],
        "individuals": [
            ("Chu Văn Định", "Phó Chánh Văn phòng", "Chiến sĩ thi đua cơ sở"),
            ("Nông Thị Thảo", "Trưởng phòng Hành chính – Tổ chức", "Lao động tiên tiến"),
        ],
        "indicators": [
            ("Văn bản tham mưu trình UBND tỉnh đúng thời hạn", "%", "100", ""),
            (
                "Hồ sơ tiếp nhận tại Trung tâm Phục vụ hành chính công tỉnh được giải quyết đúng "
                "hạn",
                "%",
                "99",
                "",
            ),
        ],
        "return_reason": (
            "Đề nghị Văn phòng bổ sung: (1) họ tên, chức vụ của Chánh Văn phòng ký bản đăng ký; "
            "(2) tên sáng kiến hoặc đề tài của cá nhân đăng ký danh hiệu Chiến sĩ thi đua cơ "
            "sở; (3) chỉ tiêu về chuyển đổi số (tỷ lệ văn bản điện tử có ký số gửi, nhận trên "
            "hệ thống quản lý văn bản) theo tiêu chí cải cách hành chính của Khối."
        ),
    },
    {
        "unit": "UBND-MAUSON",
        "state": "draft",
        "days": (12.3,),
        "signer": ("", ""),
        "collective_titles": ["Tập thể lao động tiên tiến"],
        "individuals": [
            ("Triệu Văn Sài", "Phó Chủ tịch UBND xã", "Chiến sĩ thi đua cơ sở"),
        ],
        "indicators": [
            ("Lượt khách du lịch đến khu du lịch Mẫu Sơn", "nghìn lượt", "450", ""),
            ("Giảm tỷ lệ hộ nghèo", "điểm %", "3", "Xã vùng đặc biệt khó khăn"),
        ],
    },
    {
        "unit": "HLHPN",
        "state": "draft",
        "days": (15.2,),
        "signer": ("Hoàng Thị Xuân", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
        "collective_titles": ["Tập thể lao động xuất sắc"],
        "individuals": [],
        "indicators": [
            ("Hội viên phụ nữ được hỗ trợ vay vốn phát triển kinh tế", "hội viên", "2500", ""),
            ("Chi hội thực hiện mô hình “5 không, 3 sạch”", "chi hội", "120", ""),
            ("Phụ nữ nghèo được hỗ trợ thoát nghèo", "hộ", "300", ""),
        ],
    },
    {
        "unit": "CTTNHH-MAYKL",
        "state": "draft",
        "days": (18.1,),
        "signer": ("", ""),
        "collective_titles": [],
        "individuals": [
            ("Hà Thị Thơm", "Tổ trưởng tổ may số 3", "Chiến sĩ thi đua cơ sở"),
            ("Lành Văn Quân", "Công nhân kỹ thuật bảo trì máy may", "Lao động tiên tiến"),
        ],
        "indicators": [],
    },
]

# --- Result reports in the mid-year window ----------------------------------------------------
# actuals: (actual value or None, note) per pledged indicator, in order; scores: points per
# criterion of the unit's cluster, in order (never above the criterion's maximum).

REPORTS = [
    {
        "unit": "STC",
        "state": "accepted",
        "days": (1.2, 6.4, 8.1),
        "attachment": "Bao-cao-so-ket-6-thang-So-Tai-chinh.pdf",
        "document_number": "152/BC-STC",
        "document_title": "Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm {year}",
        "actuals": [
            ("5460", "Đạt 52% dự toán, tăng 8,2% so với cùng kỳ"),
            ("46.8", "Tính đến ngày 30/6"),
            ("100", "214 hồ sơ"),
            ("83.5", ""),
            ("10", "Đã giữ lại khi giao dự toán đầu năm"),
        ],
        "scores": ["38", "19", "14", "14.5", "9.5"],
        "situation": (
            "Sở Tài chính là cơ quan chuyên môn thuộc UBND tỉnh, tham mưu về tài chính, ngân "
            "sách, đầu tư công và kế hoạch; sau khi hợp nhất với Sở Kế hoạch và Đầu tư, Sở có 9 "
            "phòng chuyên môn, 2 đơn vị sự nghiệp với 128 công chức, viên chức và người lao "
            "động.\n\n"
            "Thuận lợi: được sự quan tâm lãnh đạo, chỉ đạo của Tỉnh ủy, UBND tỉnh và sự hướng "
            "dẫn của Hội đồng Thi đua – Khen thưởng tỉnh; tập thể lãnh đạo Sở đoàn kết, thống "
            "nhất; đội ngũ công chức vững chuyên môn.\n\n"
            "Khó khăn: khối lượng công việc lớn, nhiều nhiệm vụ mới sau sắp xếp tổ chức bộ máy và "
            "vận hành chính quyền địa phương hai cấp; giải ngân vốn đầu tư công ở một số dự án "
            "còn chậm do vướng mắc giải phóng mặt bằng."
        ),
        "results": (
            "1. Công tác lãnh đạo, chỉ đạo, tuyên truyền: ngay từ đầu năm, Sở ban hành Kế hoạch "
            "công tác thi đua, khen thưởng, phát động phong trào thi đua đến 100% phòng, đơn vị, "
            "tổ chức ký kết giao ước thi đua và đăng ký thi đua trực tuyến trên Cổng thông tin; "
            "tuyên truyền Luật Thi đua, khen thưởng năm 2022 qua hội nghị cơ quan và trang thông "
            "tin điện tử của Sở.\n\n"
            "2. Kết quả thực hiện các chỉ tiêu thi đua: tổng thu ngân sách nhà nước trên địa bàn "
            "6 tháng ước đạt 5.460 tỷ đồng, bằng 52% dự toán, tăng 8,2% so với cùng kỳ; giải "
            "ngân vốn đầu tư công đạt 46,8% kế hoạch vốn giao; thẩm định 214 hồ sơ quyết toán dự "
            "án hoàn thành, 100% đúng thời hạn; 83,5% thủ tục hành chính được giải quyết trực "
            "tuyến toàn trình.\n\n"
            "3. Công tác khen thưởng, điển hình tiên tiến: Giám đốc Sở tặng Giấy khen cho 02 tập "
            "thể, 07 cá nhân có thành tích trong công tác quyết toán ngân sách năm trước; đề "
            "nghị Chủ tịch UBND tỉnh tặng Bằng khen cho 01 tập thể, 02 cá nhân. Sở bồi dưỡng 02 "
            "điển hình tiên tiến: Phòng Quản lý ngân sách và bà Chu Thị Thanh Hương, Phó Giám "
            "đốc Sở."
        ),
        "strengths": (
            "Phong trào thi đua được triển khai đồng bộ, gắn với nhiệm vụ chuyên môn, có chỉ "
            "tiêu cụ thể, dễ kiểm tra, đánh giá. Các chỉ tiêu thu ngân sách, thẩm định quyết "
            "toán và cải cách hành chính đạt và vượt tiến độ. Khen thưởng đúng quy trình, công "
            "khai; 71% số cá nhân được khen là công chức trực tiếp thực hiện nhiệm vụ."
        ),
        "limitations": (
            "Giải ngân vốn đầu tư công chưa đạt mục tiêu 50% kế hoạch vốn trong 6 tháng; một số "
            "phòng chưa kịp thời đề xuất khen thưởng đột xuất; việc cập nhật hồ sơ khen thưởng "
            "lên hệ thống còn chậm."
        ),
        "causes": (
            "Khách quan: một số dự án trọng điểm vướng mắc giải phóng mặt bằng, giá vật liệu "
            "xây dựng biến động.\n\n"
            "Chủ quan: một số chủ đầu tư chưa quyết liệt; công chức làm công tác thi đua, khen "
            "thưởng kiêm nhiệm nên thời gian dành cho nhiệm vụ còn hạn chế."
        ),
        "lessons": (
            "Gắn nội dung thi đua với chỉ tiêu nhiệm vụ chính trị, giao cụ thể cho từng phòng, "
            "từng người; người đứng đầu trực tiếp chỉ đạo và chịu trách nhiệm; thường xuyên kiểm "
            "tra, sơ kết để kịp thời biểu dương, nhân rộng cách làm hay."
        ),
        "proposals": (
            "Đề nghị UBND tỉnh chỉ đạo các chủ đầu tư đẩy nhanh giải ngân vốn đầu tư công 6 "
            "tháng cuối năm; đề nghị Ban Thi đua – Khen thưởng (Sở Nội vụ) tổ chức tập huấn "
            "nghiệp vụ cho công chức kiêm nhiệm công tác thi đua, khen thưởng ở các sở, ngành."
        ),
    },
    {
        "unit": "SCT",
        "state": "submitted",
        "days": (2.3, 7.2),
        "actuals": [
            ("7.6", ""),
            ("2950", "Đạt 49,2% kế hoạch năm"),
            ("18700", ""),
            ("18", "Hội chợ Xuân, Tuần hàng OCOP tại Hà Nội"),
            ("64", "Xử lý 41 vụ vi phạm"),
        ],
        "scores": ["36.5", "18", "13", "14", "9"],
        "situation": (
            "Sở Công Thương có 6 phòng chuyên môn và Chi cục Quản lý thị trường với 164 công "
            "chức, người lao động. Sáu tháng đầu năm, hoạt động xuất nhập khẩu qua các cửa khẩu "
            "phục hồi, thị trường trong tỉnh ổn định.\n\n"
            "Thuận lợi: chính sách tạo thuận lợi thương mại qua cửa khẩu thông minh được triển "
            "khai; đội ngũ công chức trẻ, nhiệt tình.\n\n"
            "Khó khăn: hàng hóa thông quan có lúc ùn tắc theo mùa vụ nông sản; tình trạng buôn "
            "lậu, gian lận thương mại qua biên giới diễn biến phức tạp."
        ),
        "results": (
            "1. Sở phát động phong trào thi đua năm, ký kết giao ước thi đua giữa các phòng, Chi "
            "cục; phát động đợt thi đua cao điểm chống buôn lậu, gian lận thương mại và hàng giả "
            "dịp Tết.\n\n"
            "2. Chỉ số sản xuất công nghiệp tăng 7,6%; kim ngạch xuất nhập khẩu qua các cửa "
            "khẩu đạt 2.950 triệu USD (49,2% kế hoạch); tổng mức bán lẻ hàng hóa và doanh thu "
            "dịch vụ tiêu dùng đạt 18.700 tỷ đồng; hỗ trợ 18 sản phẩm OCOP tham gia hội chợ, xúc "
            "tiến thương mại; kiểm tra 64 cuộc, xử lý 41 vụ vi phạm.\n\n"
            "3. Tặng Giấy khen cho 01 tập thể, 05 cá nhân có thành tích trong đợt cao điểm; đề "
            "nghị khen thưởng đột xuất 02 công chức Quản lý thị trường phát hiện vụ vận chuyển "
            "hàng giả qua biên giới."
        ),
        "strengths": (
            "Nội dung thi đua bám sát nhiệm vụ trọng tâm của ngành; khen thưởng đột xuất kịp "
            "thời, tạo động lực cho lực lượng trực tiếp kiểm tra thị trường."
        ),
        "limitations": (
            "Kim ngạch xuất nhập khẩu chưa đạt 50% kế hoạch; việc nhân rộng điển hình tiên tiến "
            "còn ít hình thức."
        ),
        "causes": (
            "Khách quan: chính sách nhập khẩu nông sản của thị trường bạn thay đổi.\n\n"
            "Chủ quan: công tác tuyên truyền điển hình chưa được đầu tư thường xuyên."
        ),
        "lessons": (
            "Phát động thi đua theo đợt, gắn với nhiệm vụ cấp bách, và khen thưởng ngay khi có "
            "thành tích đột xuất."
        ),
        "proposals": (
            "Đề nghị UBND tỉnh tiếp tục chỉ đạo nâng cấp hạ tầng cửa khẩu thông minh; đề nghị "
            "Khối tổ chức trao đổi kinh nghiệm xây dựng điển hình tiên tiến giữa các thành viên."
        ),
    },
    {
        "unit": "SVHTTDL",
        "state": "submitted",
        "days": (3.1, 8.2),
        "actuals": [
            ("2780", "Mùa lễ hội đầu xuân"),
            ("2350", ""),
            (None, "Bình xét vào cuối năm"),
            ("27", "08 huy chương vàng"),
            ("1", "02 di tích đang thi công"),
        ],
        "scores": ["42", "18.5", "13.5", "9.5", "9"],
        "situation": (
            "Sở Văn hóa, Thể thao và Du lịch có 5 phòng chuyên môn, 6 đơn vị sự nghiệp với 236 "
            "công chức, viên chức, người lao động, trong đó nhiều diễn viên, huấn luyện viên, vận "
            "động viên trực tiếp làm nghề.\n\n"
            "Thuận lợi: du lịch phục hồi mạnh; các lễ hội đầu xuân được tổ chức an toàn, tiết "
            "kiệm.\n\n"
            "Khó khăn: kinh phí tu bổ di tích còn hạn chế; cơ sở vật chất thể dục thể thao xuống "
            "cấp."
        ),
        "results": (
            "1. Sở phát động phong trào thi đua năm và đợt thi đua “Chào mừng các ngày lễ lớn”, "
            "ký kết giao ước với các phòng, đơn vị; tuyên truyền điển hình tiên tiến trên Trang "
            "thông tin điện tử của Sở.\n\n"
            "2. Đón 2.780 nghìn lượt khách du lịch, tổng thu 2.350 tỷ đồng; vận động viên của "
            "tỉnh giành 27 huy chương tại các giải toàn quốc và khu vực (08 huy chương vàng); "
            "hoàn thành tu bổ 01 di tích, 02 di tích đang thi công.\n\n"
            "3. Tặng Giấy khen cho 03 tập thể, 11 cá nhân; đề nghị tặng Bằng khen của Chủ tịch "
            "UBND tỉnh cho 02 huấn luyện viên, 04 vận động viên đạt thành tích cao."
        ),
        "strengths": (
            "Phong trào thi đua gắn với các sự kiện văn hóa, thể thao, du lịch của tỉnh; chú "
            "trọng khen thưởng người trực tiếp biểu diễn, thi đấu."
        ),
        "limitations": (
            "Tiến độ tu bổ di tích chậm; một số đơn vị sự nghiệp chưa xây dựng được điển hình "
            "tiên tiến."
        ),
        "causes": (
            "Khách quan: nguồn vốn tu bổ di tích giao muộn.\n\n"
            "Chủ quan: một số đơn vị chưa quan tâm phát hiện, bồi dưỡng điển hình."
        ),
        "lessons": (
            "Lấy kết quả thi đấu, biểu diễn, đón khách làm thước đo thi đua; biểu dương ngay sau "
            "mỗi sự kiện."
        ),
        "proposals": (
            "Đề nghị UBND tỉnh bố trí sớm vốn tu bổ, tôn tạo di tích năm sau; đề nghị Hội đồng "
            "Thi đua – Khen thưởng tỉnh quan tâm khen thưởng huấn luyện viên, vận động viên "
            "người dân tộc thiểu số."
        ),
    },
    {
        "unit": "UBND-LVT",
        "state": "submitted",
        "days": (2.2, 5.3),
        "actuals": [
            ("98.6", "Đạt 53,3% dự toán"),
            ("99.8", "03 hồ sơ quá hạn do liên thông với cơ quan cấp tỉnh"),
            (None, "Bình xét vào cuối năm"),
            ("96.7", ""),
            ("5", "03 tuyến đang thi công"),
        ],
        "scores": ["33", "19", "14.5", "14", "14"],
        "situation": (
            "Phường Lương Văn Tri là phường trung tâm của tỉnh, thành lập khi sắp xếp đơn vị "
            "hành chính cấp xã, có 38 khối, tổ dân phố, hơn 41 nghìn nhân khẩu; UBND phường có 3 "
            "phòng chuyên môn và Trung tâm Phục vụ hành chính công.\n\n"
            "Thuận lợi: hạ tầng đô thị tương đối đồng bộ, thương mại, dịch vụ phát triển; Nhân "
            "dân đồng thuận với các chủ trương của phường.\n\n"
            "Khó khăn: khối lượng thủ tục hành chính tăng mạnh sau khi vận hành chính quyền địa "
            "phương hai cấp; đội ngũ công chức mới được sắp xếp, chưa quen việc."
        ),
        "results": (
            "1. Đảng ủy, UBND phường ban hành kế hoạch, phát động phong trào thi đua đến 100% "
            "khối, tổ dân phố; ký kết giao ước thi đua trong Cụm.\n\n"
            "2. Thu ngân sách trên địa bàn đạt 98,6 tỷ đồng (53,3% dự toán); 99,8% hồ sơ thủ tục "
            "hành chính giải quyết đúng hạn; 96,7% người dân tham gia bảo hiểm y tế; chỉnh "
            "trang, lắp đèn chiếu sáng 05 tuyến phố, ngõ.\n\n"
            "3. Chủ tịch UBND phường tặng Giấy khen cho 04 tập thể, 16 cá nhân, trong đó 10 cá "
            "nhân là tổ trưởng tổ dân phố, người lao động trực tiếp; bồi dưỡng 02 điển hình: "
            "tổ dân phố Đông Tiến và ông Vi Văn Tâm."
        ),
        "strengths": (
            "Phong trào thi đua lan tỏa đến từng tổ dân phố; khen thưởng hướng về cơ sở, người "
            "lao động trực tiếp; cải cách hành chính chuyển biến rõ."
        ),
        "limitations": (
            "Còn 03 hồ sơ thủ tục hành chính quá hạn; tỷ lệ tham gia bảo hiểm y tế chưa đạt kế "
            "hoạch."
        ),
        "causes": (
            "Khách quan: phần mềm liên thông với cơ quan cấp tỉnh có thời điểm gián đoạn.\n\n"
            "Chủ quan: một bộ phận công chức chưa thành thạo quy trình mới."
        ),
        "lessons": (
            "Phân công lãnh đạo phụ trách từng khối, tổ dân phố; công khai tiến độ chỉ tiêu thi "
            "đua hằng tháng tại trụ sở và trên trang thông tin của phường."
        ),
        "proposals": (
            "Đề nghị Sở Khoa học và Công nghệ bảo đảm đường truyền, phần mềm liên thông; đề nghị "
            "Sở Nội vụ mở lớp bồi dưỡng nghiệp vụ thi đua, khen thưởng cho công chức cấp xã."
        ),
    },
    {
        "unit": "SYT",
        "state": "draft",
        "days": (3.4,),
        "actuals": [
            ("94.2", "Số liệu đến ngày 30/6"),
            ("31.5", ""),
            ("95.8", ""),
        ],
        "scores": ["41", "18"],
        "situation": (
            "Sở Y tế có 5 phòng chuyên môn, 17 đơn vị sự nghiệp trực thuộc với hơn 4.300 công "
            "chức, viên chức, người lao động; mạng lưới trạm y tế được tổ chức lại theo đơn vị "
            "hành chính cấp xã mới.\n\n"
            "Thuận lợi: cơ sở vật chất các bệnh viện tuyến tỉnh được đầu tư; chuyển đổi số trong "
            "khám, chữa bệnh được đẩy mạnh.\n\n"
            "Khó khăn: thiếu bác sĩ ở trạm y tế vùng sâu, vùng xa, vùng biên giới."
        ),
        "results": (
            "1. Sở phát động phong trào thi đua “Đổi mới phong cách, thái độ phục vụ của cán bộ "
            "y tế hướng tới sự hài lòng của người bệnh”, ký kết giao ước thi đua với các đơn vị "
            "trực thuộc.\n\n"
            "2. Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 94,2%; 31,5 giường bệnh trên "
            "10.000 dân; 95,8% dân số tham gia bảo hiểm y tế. (Đang tổng hợp số liệu của các "
            "đơn vị trực thuộc.)"
        ),
    },
]

# --- Last year's campaign (closed) -------------------------------------------------------------
# Dates are (month, day, hour) in that year; registrations are accepted ones, ``days`` after the
# campaign opened (created, sent, accepted).

PREVIOUS_CAMPAIGN = {
    "title": "Đăng ký thi đua năm {year}",
    "opens": (2, 10, 8),
    "deadline": (3, 31, 17),
    "instructions": (
        "<p>Các cơ quan, đơn vị thuộc cụm, khối thi đua của tỉnh đăng ký danh hiệu thi đua và "
        "chỉ tiêu thi đua năm {year}, gửi về Sở Nội vụ (qua Ban Thi đua – Khen thưởng) trước ngày "
        "31/3/{year} để theo dõi, tổng hợp.</p>"
    ),
    "windows": [
        ("giua_nam", "Sơ kết 6 tháng đầu năm {year}", (6, 10, 8), (7, 10, 17)),
        (
            "cuoi_nam",
            "Tổng kết công tác thi đua, khen thưởng năm {year}",
            (11, 25, 8),
            (12, 20, 17),
        ),
    ],
    "registrations": [
        {
            "unit": "SYT",
            "days": (6.2, 20.3, 23.1),
            "signer": ("Hà Quang Minh", "Giám đốc Sở Y tế"),
            "collective_titles": ["Tập thể lao động xuất sắc"],
            "individuals": [
                ("Lương Thị Thu Hà", "Phó Giám đốc Sở Y tế", "Chiến sĩ thi đua cơ sở"),
                ("Hoàng Văn Khánh", "Chuyên viên Văn phòng Sở", "Lao động tiên tiến"),
            ],
            "indicators": [
                (
                    "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin",
                    "%",
                    "95",
                    "",
                ),
                ("Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "95.5", ""),
            ],
        },
        {
            "unit": "STC",
            "days": (4.1, 15.2, 17.3),
            "signer": ("Mông Văn Thịnh", "Giám đốc Sở Tài chính"),
            "collective_titles": ["Tập thể lao động xuất sắc"],
            "individuals": [
                ("Lộc Văn Đạt", "Trưởng phòng Quản lý ngân sách", "Chiến sĩ thi đua cơ sở"),
            ],
            "indicators": [
                ("Tổng thu ngân sách nhà nước trên địa bàn", "tỷ đồng", "9800", ""),
                ("Tỷ lệ giải ngân vốn đầu tư công so với kế hoạch vốn giao", "%", "95", ""),
            ],
        },
        {
            "unit": "UBND-CAOLOC",
            "days": (8.3, 28.1, 30.2),
            "signer": ("Hoàng Văn Nam", "Chủ tịch UBND huyện Cao Lộc"),
            "collective_titles": ["Tập thể lao động xuất sắc"],
            "individuals": [
                ("Lăng Văn Toàn", "Trưởng phòng Nội vụ huyện", "Chiến sĩ thi đua cơ sở"),
            ],
            "indicators": [
                ("Xã đạt chuẩn nông thôn mới", "xã", "2", ""),
                ("Giảm tỷ lệ hộ nghèo", "điểm %", "2", ""),
            ],
        },
        {
            "unit": "UBND-TPLS",
            "days": (5.2, 24.4, 27.1),
            "signer": ("Nguyễn Quốc Khánh", "Chủ tịch UBND thành phố Lạng Sơn"),
            "collective_titles": ["Tập thể lao động xuất sắc", "Cờ thi đua của UBND tỉnh"],
            "individuals": [
                ("Đồng Thị Liên", "Phó Chủ tịch UBND thành phố", "Chiến sĩ thi đua cơ sở"),
            ],
            "indicators": [
                ("Thu ngân sách nhà nước trên địa bàn thành phố", "tỷ đồng", "720", ""),
                ("Hồ sơ thủ tục hành chính giải quyết đúng hạn", "%", "100", ""),
            ],
        },
        {
            "unit": "HND",
            "days": (10.1, 33.2, 35.3),
            "signer": ("Chu Văn Thạch", "Chủ tịch Hội Nông dân tỉnh"),
            "collective_titles": ["Tập thể lao động xuất sắc"],
            "individuals": [
                ("Hà Thị Sen", "Trưởng Ban Kinh tế – Xã hội", "Lao động tiên tiến"),
            ],
            "indicators": [
                ("Hộ nông dân đạt danh hiệu sản xuất, kinh doanh giỏi các cấp", "hộ", "18000", ""),
                ("Hội viên mới được kết nạp", "hội viên", "1200", ""),
            ],
        },
    ],
}
