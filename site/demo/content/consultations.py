"""Demo content for the public consultations (/lay-y-kien/) of the Lạng Sơn portal.

Plain data only, read by ``consultations.demo``: the public holidays of 2025 – 2027, one round
that is open when the demo is seeded and one that concluded some months before, each with its
nominees (tập thể, cá nhân được đề nghị khen thưởng) and citizens' opinions on them.

Dates of the rounds are relative to the day the demo is seeded (see ``timing``), so the open
round is always open; texts may use the placeholders ``{year}``, ``{opens_at}``,
``{closes_at}``, ``{council_meeting_on}`` and ``{opinion_count}``, filled in when building.
Award forms are (name, rank) pairs of the catalogue seeded by ``news.demo_content``.

The people, units' figures, opinions, e-mail addresses and phone numbers are fictional. E-mail
addresses use the reserved domain below, which no mail server answers. Localities are names of
the province's communes and wards since 1/7/2025 (home/data/localities_lang_son.json) or None.
"""

EMAIL_DOMAIN = "example.invalid"

HOLIDAYS = [
    # 2025
    ("2025-01-01", "Tết Dương lịch"),
    ("2025-01-27", "Tết Nguyên đán Ất Tỵ (28 tháng Chạp)"),
    ("2025-01-28", "Tết Nguyên đán Ất Tỵ (29 tháng Chạp)"),
    ("2025-01-29", "Tết Nguyên đán Ất Tỵ (mùng 1 tháng Giêng)"),
    ("2025-01-30", "Tết Nguyên đán Ất Tỵ (mùng 2 tháng Giêng)"),
    ("2025-01-31", "Tết Nguyên đán Ất Tỵ (mùng 3 tháng Giêng)"),
    ("2025-04-07", "Giỗ Tổ Hùng Vương (10/3 âm lịch)"),
    ("2025-04-30", "Ngày Chiến thắng (30/4)"),
    ("2025-05-01", "Ngày Quốc tế Lao động (1/5)"),
    ("2025-09-01", "Quốc khánh (ngày liền kề)"),
    ("2025-09-02", "Quốc khánh (2/9)"),
    # 2026
    ("2026-01-01", "Tết Dương lịch"),
    ("2026-02-16", "Tết Nguyên đán Bính Ngọ (29 tháng Chạp)"),
    ("2026-02-17", "Tết Nguyên đán Bính Ngọ (mùng 1 tháng Giêng)"),
    ("2026-02-18", "Tết Nguyên đán Bính Ngọ (mùng 2 tháng Giêng)"),
    ("2026-02-19", "Tết Nguyên đán Bính Ngọ (mùng 3 tháng Giêng)"),
    ("2026-02-20", "Tết Nguyên đán Bính Ngọ (mùng 4 tháng Giêng)"),
    ("2026-04-27", "Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch rơi vào Chủ nhật 26/4)"),
    ("2026-04-30", "Ngày Chiến thắng (30/4)"),
    ("2026-05-01", "Ngày Quốc tế Lao động (1/5)"),
    ("2026-09-02", "Quốc khánh (2/9)"),
    ("2026-09-03", "Quốc khánh (ngày liền kề)"),
    # 2027
    ("2027-01-01", "Tết Dương lịch"),
    ("2027-02-05", "Tết Nguyên đán Đinh Mùi (29 tháng Chạp)"),
    ("2027-02-08", "Tết Nguyên đán Đinh Mùi (mùng 3 tháng Giêng)"),
    ("2027-02-09", "Tết Nguyên đán Đinh Mùi (mùng 4 tháng Giêng)"),
    ("2027-02-10", "Tết Nguyên đán Đinh Mùi (nghỉ bù mùng 1 tháng Giêng)"),
    ("2027-02-11", "Tết Nguyên đán Đinh Mùi (nghỉ bù mùng 2 tháng Giêng)"),
    ("2027-04-16", "Giỗ Tổ Hùng Vương (10/3 âm lịch)"),
    ("2027-04-30", "Ngày Chiến thắng (30/4)"),
    ("2027-05-03", "Nghỉ bù Ngày Quốc tế Lao động (1/5 rơi vào thứ Bảy)"),
    ("2027-09-02", "Quốc khánh (2/9)"),
    ("2027-09-03", "Quốc khánh (ngày liền kề)"),
]

# (name, rank) -> (group, recipients): what a missing catalogue entry is created with.
AWARD_FORMS = {
    ("Huân chương Lao động", "hạng Ba"): ("huan_chuong", "both"),
    ("Bằng khen của Thủ tướng Chính phủ", ""): ("bang_khen", "both"),
    ("Cờ thi đua của Chính phủ", ""): ("co_thi_dua", "collective"),
    ("Chiến sĩ thi đua toàn quốc", ""): ("danh_hieu_thi_dua", "individual"),
}

PROPOSING_BODY = "Ủy ban nhân dân tỉnh Lạng Sơn (qua Ban Thi đua – Khen thưởng, Sở Nội vụ)"
# The rounds' legal basis is a document of the library (news.demo_content.DOCUMENTS).
LEGAL_DOCUMENT = "152/2025/NĐ-CP"
LEGAL_ARTICLE = "khoản 2 Điều 44"
WRITTEN_ADDRESS = (
    "Ban Thi đua – Khen thưởng, Sở Nội vụ tỉnh Lạng Sơn\n"
    "Tầng 2, trụ sở Sở Nội vụ, số 52 đường Lê Lợi, phường Lương Văn Tri, tỉnh Lạng Sơn\n"
    "Điện thoại: 0205 3812 246"
)
WRITTEN_EMAIL = "bantdkt@langson.gov.vn"
COUNCIL_NAME = "Hội đồng Thi đua – Khen thưởng tỉnh Lạng Sơn"

# Printed at the head of every generated PDF (left: issuing body; right: national motto).
LETTERHEAD = (
    ("ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG", "Độc lập – Tự do – Hạnh phúc"),
)

OPEN_ROUND = {
    "slug": "de-nghi-khen-thuong-cap-nha-nuoc",
    "title": (
        "Lấy ý kiến nhân dân đối với các tập thể, cá nhân được đề nghị Thủ tướng Chính phủ, "
        "Chủ tịch nước khen thưởng năm {year}"
    ),
    # Opens two days before the seeding day at 08:00, closes at 17:00 once 10 working days
    # have passed; the council meets a week after closing.
    "timing": {"opens_days_ago": 2, "opens_hour": 8, "closes_hour": 17, "council_after_days": 7},
    "awards": [
        ("Huân chương Lao động", "hạng Ba"),
        ("Cờ thi đua của Chính phủ", ""),
        ("Chiến sĩ thi đua toàn quốc", ""),
        ("Bằng khen của Thủ tướng Chính phủ", ""),
    ],
    "description": [
        "Thực hiện Luật Thi đua, khen thưởng năm 2022 và khoản 2 Điều 44 Nghị định số "
        "152/2025/NĐ-CP của Chính phủ, Hội đồng Thi đua – Khen thưởng tỉnh Lạng Sơn công "
        "khai danh sách 02 tập "
        "thể và 02 cá nhân được đề nghị Chủ tịch nước tặng Huân chương Lao động hạng Ba, Thủ "
        "tướng Chính phủ tặng Cờ thi đua của Chính phủ, Bằng khen và danh hiệu Chiến sĩ thi đua "
        "toàn quốc năm {year} để lấy ý kiến của Nhân dân.",
        "Thời gian lấy ý kiến: từ {opens_at} đến {closes_at} (đủ 10 ngày làm việc, không tính "
        "thứ Bảy, Chủ nhật và ngày nghỉ lễ). Hội đồng dự kiến họp xét vào ngày "
        "{council_meeting_on}.",
        "Cơ quan, tổ chức, cá nhân góp ý ngay trên trang của từng tập thể, cá nhân dưới đây "
        "hoặc gửi văn bản về Ban Thi đua – Khen thưởng, Sở Nội vụ. Ý kiến cần ghi rõ họ tên, số "
        "điện thoại và địa chỉ liên hệ; số điện thoại, thư điện tử và địa chỉ không được công "
        "khai, chỉ dùng để xác minh khi cần. Ý kiến không ghi rõ họ tên, địa chỉ không được "
        "xem xét.",
        "Trường hợp có phản ánh về tập thể, cá nhân được đề nghị khen thưởng, việc xét khen "
        "thưởng đối với trường hợp đó được tạm dừng để xác minh, làm rõ trước khi trình Hội "
        "đồng.",
    ],
    "notice": {
        "title": "Thông báo lấy ý kiến nhân dân về đề nghị khen thưởng cấp Nhà nước năm {year}",
        "filename": "thong-bao-lay-y-kien-khen-thuong-cap-nha-nuoc.pdf",
        "number": "Số: 47/TB-HĐTĐKT",
        "heading": "THÔNG BÁO",
        "subject": (
            "Lấy ý kiến nhân dân đối với các tập thể, cá nhân được đề nghị Thủ tướng Chính phủ, "
            "Chủ tịch nước khen thưởng năm {year}"
        ),
        "signature": (
            "TM. HỘI ĐỒNG",
            "PHÓ CHỦ TỊCH THƯỜNG TRỰC",
            "GIÁM ĐỐC SỞ NỘI VỤ",
            "(Đã ký)",
            "Nguyễn Văn Thắng",
        ),
    },
    "nominees": [
        {
            "slug": "ong-hoang-van-binh",
            "title": "Ông Hoàng Văn Bình",
            "full_name": "Hoàng Văn Bình",
            "kind": "person",
            "birth_year": 1971,
            "position": "Giám đốc, nông dân trực tiếp sản xuất",
            "unit": "Hợp tác xã Nông lâm nghiệp Hồi Văn Quan",
            "locality": "xã Văn Quan",
            "award": ("Bằng khen của Thủ tướng Chính phủ", ""),
            "summary": [
                "Ông Bình liên kết 86 hộ thành viên trồng, chăm sóc 320 ha hồi theo tiêu chuẩn "
                "hữu cơ và bao tiêu toàn bộ sản phẩm, giá bán hoa hồi khô của thành viên cao hơn "
                "giá thị trường 10 – 15%.",
                "Giai đoạn 2021 – 2025, hợp tác xã đạt doanh thu bình quân 9,2 tỷ đồng/năm, tạo "
                "việc làm thường xuyên cho 42 lao động với thu nhập bình quân 7,8 triệu "
                "đồng/người/tháng; sản phẩm tinh dầu hồi đạt chứng nhận OCOP 4 sao năm 2024.",
                "Ông 03 năm liền được công nhận Nông dân sản xuất, kinh doanh giỏi cấp tỉnh và "
                "ủng hộ 250 triệu đồng làm 3,2 km đường bê tông nội đồng.",
            ],
            "previous_awards": [
                "Bằng khen của Chủ tịch UBND tỉnh năm 2023",
                "Nông dân sản xuất, kinh doanh giỏi cấp tỉnh các năm 2022, 2023, 2024",
            ],
            "opinions": [
                {
                    "name": "Hà Văn Tuấn",
                    "email": "havantuan.vq",
                    "phone": "0912 345 678",
                    "address": "thôn Khòn Coóc, xã Văn Quan, tỉnh Lạng Sơn",
                    "stance": "agree",
                    "hours_after_opening": 3,
                    "approved": True,
                    "text": (
                        "Tôi là thành viên hợp tác xã từ năm 2019. Ông Bình trực tiếp hướng "
                        "dẫn bà con tỉa cành, thu hái hồi đúng kỹ thuật và bao tiêu toàn bộ sản "
                        "phẩm, nhờ vậy thu nhập của gia đình tôi ổn định hơn nhiều. Tôi đồng ý "
                        "đề nghị khen thưởng ông Bình."
                    ),
                },
                {
                    "name": "Lăng Thị Nhung",
                    "email": "langnhung82",
                    "phone": "0383 217 904",
                    "address": "thôn Bản Châu, xã Văn Quan, tỉnh Lạng Sơn",
                    "stance": "agree",
                    "hours_after_opening": 27,
                    "approved": True,
                    "text": (
                        "Đường bê tông vào vùng hồi do ông Bình và hợp tác xã góp tiền làm nay "
                        "xe máy, xe công nông đi được quanh năm, mùa mưa không còn phải gánh "
                        "hồi qua suối. Bà con trong thôn ai cũng ghi nhận."
                    ),
                },
            ],
        },
        {
            "slug": "ba-chu-thi-thanh-huong",
            "title": "Bà Chu Thị Thanh Hương",
            "full_name": "Chu Thị Thanh Hương",
            "kind": "person",
            "birth_year": 1979,
            "position": "Bác sĩ chuyên khoa II, Phó Trưởng khoa Phụ sản",
            "unit": "Bệnh viện Đa khoa tỉnh Lạng Sơn",
            "locality": None,
            "award": ("Chiến sĩ thi đua toàn quốc", ""),
            "summary": [
                "Bà Hương 02 lần liên tục đạt danh hiệu Chiến sĩ thi đua cấp tỉnh (giai đoạn "
                "2019 – 2021 và 2022 – 2024).",
                "Bà là chủ nhiệm đề tài khoa học cấp tỉnh về giảm đau trong đẻ bằng gây tê "
                "ngoài màng cứng, nghiệm thu loại xuất sắc năm 2023; kỹ thuật đã áp dụng cho "
                "hơn 2.100 ca sinh tại bệnh viện.",
                "Bà trực tiếp tham gia cấp cứu thành công 37 ca băng huyết sau sinh và 26 đợt "
                "khám bệnh, chuyển giao kỹ thuật cho trạm y tế các xã vùng cao.",
            ],
            "previous_awards": [
                "Chiến sĩ thi đua cấp tỉnh (Quyết định năm 2021 và năm 2024)",
                "Bằng khen của Bộ trưởng Bộ Y tế năm 2022",
            ],
            "opinions": [
                {
                    "name": "Trần Minh Đức",
                    "email": "tranminhduc.ls",
                    "phone": "0904 118 562",
                    "address": "số 15 đường Bà Triệu, phường Đông Kinh, tỉnh Lạng Sơn",
                    "stance": "agree",
                    "hours_after_opening": 6,
                    "approved": True,
                    "text": (
                        "Tháng 3/2025 vợ tôi sinh con tại khoa Phụ sản, bị băng huyết sau sinh "
                        "và được bác sĩ Hương cùng ê kíp cấp cứu kịp thời. Gia đình tôi rất biết "
                        "ơn và hoàn toàn đồng ý với đề nghị khen thưởng."
                    ),
                },
                {
                    "name": "Đinh Thị Thoa",
                    "email": "dinhthoa.dd",
                    "phone": "0976 402 335",
                    "address": "khối 4, xã Đồng Đăng, tỉnh Lạng Sơn",
                    "stance": "other",
                    "hours_after_opening": 30,
                    "approved": True,
                    "text": (
                        "Tôi ghi nhận thành tích chuyên môn của bác sĩ Hương. Đề nghị Hội đồng "
                        "làm rõ kỹ thuật giảm đau trong đẻ đã được chuyển giao cho các trung "
                        "tâm y tế khu vực chưa, vì sản phụ ở tuyến cơ sở hiện vẫn phải lên tỉnh "
                        "mới được áp dụng."
                    ),
                    "official_reply": (
                        "Ban Thi đua – Khen thưởng cảm ơn ý kiến của bà. Theo báo cáo của Sở Y "
                        "tế, từ tháng 6/2025 kỹ thuật giảm đau trong đẻ do bà Chu Thị Thanh "
                        "Hương làm chủ nhiệm đã được chuyển giao cho Trung tâm Y tế khu vực Cao "
                        "Lộc và Trung tâm Y tế khu vực Chi Lăng; năm 2027 tiếp tục chuyển giao "
                        "cho các trung tâm còn lại. Nội dung này được tổng hợp trong báo cáo "
                        "trình Hội đồng Thi đua – Khen thưởng tỉnh."
                    ),
                },
            ],
        },
        {
            "slug": "truong-ptdtnt-thcs-thpt-binh-gia",
            "title": "Trường Phổ thông Dân tộc nội trú THCS và THPT Bình Gia",
            "full_name": "Trường Phổ thông Dân tộc nội trú THCS và THPT Bình Gia",
            "kind": "collective",
            "birth_year": None,
            "position": "",
            "unit": "Sở Giáo dục và Đào tạo tỉnh Lạng Sơn",
            "locality": "xã Bình Gia",
            "award": ("Huân chương Lao động", "hạng Ba"),
            "summary": [
                "Nhà trường 05 năm học liên tục (2020 – 2021 đến 2024 – 2025) đạt danh hiệu Tập "
                "thể lao động xuất sắc, được tặng Bằng khen của Thủ tướng Chính phủ năm 2021 và "
                "Cờ thi đua của UBND tỉnh năm học 2023 – 2024.",
                "Tỷ lệ học sinh tốt nghiệp THPT 05 năm liền đạt 100%, 87% học sinh trúng tuyển "
                "đại học, cao đẳng; học sinh đạt 52 giải học sinh giỏi cấp tỉnh và 03 giải cấp "
                "quốc gia.",
                "Mô hình “Bếp ăn nội trú an toàn” bảo đảm bữa ăn cho 420 học sinh người Tày, "
                "Nùng, Dao, không để xảy ra ngộ độc thực phẩm.",
            ],
            "previous_awards": [
                "Bằng khen của Thủ tướng Chính phủ năm 2021",
                "Cờ thi đua của UBND tỉnh năm học 2023 – 2024",
                "Tập thể lao động xuất sắc các năm học từ 2020 – 2021 đến 2024 – 2025",
            ],
            "opinions": [
                {
                    "name": "Mông Văn Quân",
                    "email": "mongvanquan",
                    "phone": "0868 254 117",
                    "address": "thôn Nà Lại, xã Bình Gia, tỉnh Lạng Sơn",
                    "stance": "agree",
                    "hours_after_opening": 9,
                    "approved": True,
                    "text": (
                        "Con tôi học ở trường từ lớp 6 đến lớp 12, nay là sinh viên năm thứ hai "
                        "Trường Đại học Y – Dược Thái Nguyên. Thầy cô ở trường chăm lo cho học "
                        "sinh nội trú như con em trong nhà. Tôi đồng ý đề nghị khen thưởng nhà "
                        "trường."
                    ),
                },
                {
                    "name": "Lý Thị Hiền",
                    "email": "lyhien.bg",
                    "phone": "0359 680 421",
                    "address": "thôn Pác Nặm, xã Bình Gia, tỉnh Lạng Sơn",
                    "stance": "agree",
                    "hours_after_opening": 36,
                    "approved": False,
                    "text": (
                        "Tôi là cựu học sinh khóa 2015 – 2018 của trường. Nhờ được học nội trú "
                        "và được thầy cô kèm cặp, tôi đã học xong đại học và nay về dạy học ở "
                        "xã nhà. Tôi đồng ý đề nghị khen thưởng."
                    ),
                },
            ],
        },
        {
            "slug": "ubnd-xa-bac-son",
            "title": "Ủy ban nhân dân xã Bắc Sơn",
            "full_name": "Ủy ban nhân dân xã Bắc Sơn",
            "kind": "collective",
            "birth_year": None,
            "position": "",
            "unit": "Khối thi đua các xã, phường tỉnh Lạng Sơn",
            "locality": "xã Bắc Sơn",
            "award": ("Cờ thi đua của Chính phủ", ""),
            "summary": [
                "Xã Bắc Sơn dẫn đầu Khối thi đua các xã, phường năm 2025; hoàn thành xóa 214 nhà "
                "tạm, nhà dột nát trước ngày 31/8/2025.",
                "Tỷ lệ hộ nghèo giảm từ 9,8% xuống 4,6%; thu nhập bình quân đầu người đạt 58 "
                "triệu đồng/năm. Vùng trồng na, quýt mở rộng lên 1.150 ha, 12 sản phẩm đạt OCOP "
                "từ 3 sao trở lên.",
                "Xã được tặng Cờ thi đua của UBND tỉnh năm 2025.",
            ],
            "previous_awards": [
                "Cờ thi đua của UBND tỉnh năm 2025",
                "Bằng khen của Chủ tịch UBND tỉnh năm 2024",
            ],
            "opinions": [
                {
                    "name": "Dương Văn Lực",
                    "email": "duongvanluc.bs",
                    "phone": "0325 913 046",
                    "address": "thôn Quỳnh Sơn, xã Bắc Sơn, tỉnh Lạng Sơn",
                    "stance": "agree",
                    "hours_after_opening": 12,
                    "approved": True,
                    "text": (
                        "Năm 2025 gia đình tôi được hỗ trợ 60 triệu đồng và được đoàn viên "
                        "thanh niên, bộ đội giúp ngày công để dựng nhà mới thay căn nhà gỗ đã "
                        "mục. Xã làm đến đâu chắc đến đó, công khai danh sách từng hộ."
                    ),
                },
                {
                    "name": "Vi Văn Hải",
                    "email": "vivanhai1975",
                    "phone": "0971 536 280",
                    "address": "thôn Hồng Phong, xã Bắc Sơn, tỉnh Lạng Sơn",
                    "stance": "agree",
                    "hours_after_opening": 38,
                    "approved": False,
                    "text": (
                        "Tôi đồng ý đề nghị tặng Cờ thi đua của Chính phủ cho xã. Đề nghị xã "
                        "tiếp tục hỗ trợ bà con làm đường vào vùng quýt ở thôn Hồng Phong."
                    ),
                },
            ],
        },
    ],
}

CONCLUDED_ROUND = {
    "slug": "de-nghi-tang-huan-chuong-lao-dong-bang-khen-thu-tuong",
    "title": (
        "Lấy ý kiến nhân dân đối với các tập thể, cá nhân được đề nghị tặng Huân chương Lao "
        "động và Bằng khen của Thủ tướng Chính phủ (đợt tháng {month}/{year})"
    ),
    # Opens on the first working day five months before the seeding day; results published
    # four months before it (never before the council meets).
    "timing": {
        "opens_months_ago": 5,
        "opens_hour": 8,
        "closes_hour": 17,
        "council_after_days": 7,
        "concluded_months_ago": 4,
    },
    "awards": [
        ("Huân chương Lao động", "hạng Ba"),
        ("Bằng khen của Thủ tướng Chính phủ", ""),
    ],
    "description": [
        "Thực hiện Luật Thi đua, khen thưởng năm 2022 và khoản 2 Điều 44 Nghị định số "
        "152/2025/NĐ-CP, Hội đồng Thi đua – Khen thưởng tỉnh Lạng Sơn công khai danh sách "
        "01 tập thể và 02 cá "
        "nhân được đề nghị Chủ tịch nước tặng Huân chương Lao động hạng Ba, Thủ tướng Chính "
        "phủ tặng Bằng khen để lấy ý kiến của Nhân dân.",
        "Thời gian lấy ý kiến: từ {opens_at} đến {closes_at}. Hội đồng họp xét vào ngày "
        "{council_meeting_on}.",
    ],
    "outcome": [
        "Hết thời gian lấy ý kiến, Ban Thi đua – Khen thưởng đã tiếp nhận {opinion_count} ý "
        "kiến góp ý trên Cổng thông tin và tổng hợp, báo cáo Hội đồng. Tại phiên họp ngày "
        "{council_meeting_on}, Hội đồng Thi đua – Khen thưởng tỉnh thống nhất đề nghị Chủ tịch "
        "nước tặng Huân chương Lao động hạng Ba cho:",
        [
            "Bà Hoàng Thị Nguyệt, Hiệu trưởng Trường Tiểu học Hoàng Văn Thụ, phường Lương Văn Tri;",
            "Trung tâm Y tế khu vực Tràng Định, Sở Y tế tỉnh Lạng Sơn.",
        ],
        "Đối với ông Lộc Văn Sáng, Tổ trưởng Tổ hợp tác sản xuất thạch đen thôn Nà Pàn, xã "
        "Tràng Định: qua xác minh ý kiến góp ý, diện tích và sản lượng nêu trong báo cáo thành "
        "tích là số liệu chung của tổ hợp tác, chưa tách phần đóng góp của cá nhân. Hội đồng "
        "thống nhất chưa đề nghị Thủ tướng Chính phủ tặng Bằng khen đợt này; Ban Thi đua – "
        "Khen thưởng đã hướng dẫn xã Tràng Định hoàn thiện hồ sơ để xem xét vào đợt sau.",
        "Hồ sơ đề nghị đã được UBND tỉnh trình Thủ tướng Chính phủ, Chủ tịch nước xem xét, "
        "quyết định theo quy định.",
    ],
    "nominees": [
        {
            "slug": "ba-hoang-thi-nguyet",
            "title": "Bà Hoàng Thị Nguyệt",
            "full_name": "Hoàng Thị Nguyệt",
            "kind": "person",
            "birth_year": 1968,
            "position": "Hiệu trưởng",
            "unit": "Trường Tiểu học Hoàng Văn Thụ",
            "locality": "phường Lương Văn Tri",
            "award": ("Huân chương Lao động", "hạng Ba"),
            "state": "proposed",
            "summary": [
                "Bà Nguyệt có 34 năm công tác trong ngành giáo dục, 16 năm làm Hiệu trưởng; "
                "được tặng Bằng khen của Thủ tướng Chính phủ năm 2019 và 02 lần đạt danh hiệu "
                "Chiến sĩ thi đua cấp tỉnh.",
                "Dưới sự lãnh đạo của bà, nhà trường đạt chuẩn quốc gia mức độ 2 năm 2022, "
                "100% học sinh hoàn thành chương trình tiểu học; mô hình “Thư viện thân thiện” "
                "được Sở Giáo dục và Đào tạo nhân rộng tại 46 trường tiểu học trong tỉnh.",
            ],
            "previous_awards": [
                "Bằng khen của Thủ tướng Chính phủ năm 2019",
                "Chiến sĩ thi đua cấp tỉnh năm 2018 và năm 2023",
            ],
            "opinions": [
                {
                    "name": "Phạm Thị Thu Trang",
                    "email": "thutrang.lvt",
                    "phone": "0915 274 608",
                    "address": "số 8 ngõ 2 Hoàng Văn Thụ, phường Lương Văn Tri, tỉnh Lạng Sơn",
                    "stance": "agree",
                    "hours_after_opening": 26,
                    "approved": True,
                    "text": (
                        "Hai con tôi đều học ở trường. Cô Nguyệt rất gần gũi phụ huynh, nhà "
                        "trường công khai các khoản thu chi đầy đủ. Tôi đồng ý đề nghị khen "
                        "thưởng cô Nguyệt."
                    ),
                },
            ],
        },
        {
            "slug": "trung-tam-y-te-khu-vuc-trang-dinh",
            "title": "Trung tâm Y tế khu vực Tràng Định",
            "full_name": "Trung tâm Y tế khu vực Tràng Định",
            "kind": "collective",
            "birth_year": None,
            "position": "",
            "unit": "Sở Y tế tỉnh Lạng Sơn",
            "locality": "xã Tràng Định",
            "award": ("Huân chương Lao động", "hạng Ba"),
            "state": "proposed",
            "summary": [
                "Trung tâm 05 năm liên tục (2020 – 2024) đạt danh hiệu Tập thể lao động xuất "
                "sắc, được tặng Bằng khen của Thủ tướng Chính phủ năm 2020 vì thành tích phòng, "
                "chống dịch Covid-19.",
                "Năm 2025, Trung tâm khám, chữa bệnh cho hơn 96.000 lượt người, triển khai mới "
                "11 kỹ thuật (trong đó có phẫu thuật nội soi cắt ruột thừa), giảm 30% số ca "
                "phải chuyển tuyến so với năm 2021.",
            ],
            "previous_awards": [
                "Bằng khen của Thủ tướng Chính phủ năm 2020",
                "Tập thể lao động xuất sắc các năm từ 2020 đến 2024",
            ],
            "opinions": [
                {
                    "name": "Nông Văn Khải",
                    "email": "nongvankhai.td",
                    "phone": "0397 125 846",
                    "address": "thôn Nà Cạn, xã Tràng Định, tỉnh Lạng Sơn",
                    "stance": "agree",
                    "hours_after_opening": 50,
                    "approved": True,
                    "text": (
                        "Mẹ tôi mổ ruột thừa nội soi ngay tại Trung tâm, không phải xuống thành "
                        "phố như trước. Cán bộ y tế tận tình, chu đáo. Tôi đồng ý đề nghị khen "
                        "thưởng."
                    ),
                },
            ],
        },
        {
            "slug": "ong-loc-van-sang",
            "title": "Ông Lộc Văn Sáng",
            "full_name": "Lộc Văn Sáng",
            "kind": "person",
            "birth_year": 1964,
            "position": "Tổ trưởng Tổ hợp tác sản xuất thạch đen thôn Nà Pàn",
            "unit": "Tổ hợp tác sản xuất thạch đen thôn Nà Pàn",
            "locality": "xã Tràng Định",
            "award": ("Bằng khen của Thủ tướng Chính phủ", ""),
            "state": "not_proposed",
            "summary": [
                "Ông Sáng vận động 35 hộ liên kết trồng 80 ha cây thạch đen, mỗi năm cung ứng "
                "khoảng 190 tấn thạch đen khô cho các cơ sở chế biến trong và ngoài tỉnh.",
                "Tổ hợp tác tạo việc làm cho 60 lao động thời vụ, thu nhập bình quân 5,5 triệu "
                "đồng/người/tháng.",
            ],
            "previous_awards": [
                "Bằng khen của Chủ tịch UBND tỉnh năm 2022",
            ],
            "opinions": [
                {
                    "name": "Hoàng Văn Tú",
                    "email": "hoangvantu.napan",
                    "phone": "0946 330 712",
                    "address": "thôn Nà Pàn, xã Tràng Định, tỉnh Lạng Sơn",
                    "stance": "other",
                    "hours_after_opening": 73,
                    "approved": True,
                    "text": (
                        "Ông Sáng nhiệt tình vận động bà con trồng thạch đen. Tuy nhiên 80 ha và "
                        "190 tấn là của cả tổ hợp tác 35 hộ, gia đình ông trồng khoảng 6 ha. Đề "
                        "nghị Hội đồng xác minh lại số liệu trong báo cáo thành tích."
                    ),
                },
                {
                    "name": "Lương Thị Dung",
                    "email": "luongdung.td",
                    "phone": "0866 419 253",
                    "address": "thôn Nà Pàn, xã Tràng Định, tỉnh Lạng Sơn",
                    "stance": "agree",
                    "hours_after_opening": 98,
                    "approved": True,
                    "text": (
                        "Nhờ ông Sáng hướng dẫn kỹ thuật phơi, ủ thạch đen mà gia đình tôi bán "
                        "được giá cao hơn. Tôi đồng ý đề nghị khen thưởng ông."
                    ),
                },
            ],
        },
    ],
}
