"""Demo content for the news, documents and award-decision sections of the Lạng Sơn portal.

Plain data only: news categories and tags, issuing bodies, the documents library, the catalogue
of award forms, the 2021 – 2025 award targets and the award decisions with their lists of
collectives and individuals. Dates are ISO strings ("YYYY-MM-DD"); a document's body is plain
text with one paragraph per line.

The bodies of 1657/QĐ-UBND, 3441/UBND-KTTH, 12/KH-UBND, 962/SNV-TĐKT and the 2022 plan of the
Văn phòng UBND tỉnh Sơn La are the published texts (trimmed). The Sơn La plan is unnumbered
and undated as published ("ngày  tháng 12 năm 2021"): its number and day here are stand-ins.
National documents are summarised, not quoted.

Local 2025 – 2026 documents, all award decisions, people, cooperatives and companies are
fictional, and so are the signers named on 3441/UBND-KTTH and 962/SNV-TĐKT (the seeds do not
name them). 12/KH-UBND and the Sơn La plan keep the signers printed in the seeds; the seed of
1657/QĐ-UBND omits its signer, shown here as the Chủ tịch UBND tỉnh of 2021. Localities follow
the administrative map of the time: districts before 1/7/2025, communes and wards after.
"""

NEWS_CATEGORIES = [
    ("Hoạt động Hội đồng", "hoat-dong-hoi-dong"),
    ("Phong trào thi đua", "phong-trao-thi-dua"),
    ("Chỉ đạo – điều hành", "chi-dao-dieu-hanh"),
    ("Điển hình tiên tiến", "dien-hinh-tien-tien"),
    ("Văn bản mới", "van-ban-moi"),
]

NEWS_TAGS = {
    "chi-dao-nang-cao-chat-luong-cong-tac-thi-dua-khen-thuong": [
        "công văn 3441",
        "chất lượng khen thưởng",
        "hồ sơ khen thưởng",
    ],
    "phe-duyet-de-an-nang-cao-chat-luong-tdkt-2021-2025": [
        "đề án 1657",
        "chỉ tiêu khen thưởng",
        "người lao động trực tiếp",
    ],
    "ke-hoach-cong-tac-thi-dua-khen-thuong-nam-2023": [
        "kế hoạch năm",
        "đăng ký thi đua",
        "cụm thi đua",
    ],
    "huong-dan-tong-ket-10-nam-thuc-hien-chi-thi-34-ct-tw": [
        "chỉ thị 34-ct/tw",
        "tổng kết",
        "đề cương báo cáo",
    ],
    "ba-nguyen-thi-huong-nong-dan-tay-lam-giau-tu-cay-hoi": [
        "nông dân",
        "bằng khen",
        "văn quan",
        "giảm nghèo",
    ],
    "thay-giao-dao-van-luc-gieo-chu-vung-bien-dinh-lap": [
        "giáo viên",
        "vùng biên giới",
        "đình lập",
    ],
    "hoi-dong-tdkt-tinh-hop-xet-khen-thuong-nam-2025": [
        "hội đồng",
        "khen thưởng",
        "tổng kết năm",
    ],
    "phat-dong-phong-trao-thi-dua-yeu-nuoc-nam-2026": [
        "phát động thi đua",
        "năm 2026",
        "chính quyền hai cấp",
    ],
    "cum-thi-dua-so-nganh-kinh-te-ky-giao-uoc-nam-2026": [
        "cụm thi đua",
        "giao ước thi đua",
        "năm 2026",
    ],
    "lay-y-kien-de-nghi-tang-huan-chuong-lao-dong-2026": [
        "lấy ý kiến",
        "huân chương lao động",
        "năm 2026",
    ],
}

ISSUERS = [
    ("Quốc hội", "Quốc hội"),
    ("Chính phủ", "Chính phủ"),
    ("Thủ tướng Chính phủ", "Thủ tướng"),
    ("Bộ Nội vụ", "Bộ Nội vụ"),
    ("Bộ Chính trị Ban Chấp hành Trung ương Đảng", "Bộ Chính trị"),
    ("Ủy ban nhân dân tỉnh Lạng Sơn", "UBND tỉnh Lạng Sơn"),
    ("Sở Nội vụ tỉnh Lạng Sơn", "Sở Nội vụ"),
    ("Ban Thường vụ Tỉnh ủy Lạng Sơn", "Ban Thường vụ Tỉnh ủy"),
    ("Văn phòng Ủy ban nhân dân tỉnh Sơn La", "Văn phòng UBND tỉnh Sơn La"),
    ("Hội đồng Thi đua – Khen thưởng tỉnh Lạng Sơn", "Hội đồng TĐKT tỉnh"),
]

DOCUMENTS = [
    {
        "number": "06/2022/QH15",
        "doc_type": "luat",
        "issuer": "Quốc hội",
        "signer": "Chủ tịch Quốc hội",
        "issued_on": "2022-06-15",
        "effective_on": "2024-01-01",
        "status": "in_force",
        "replaced_by": None,
        "field": "Thi đua, khen thưởng",
        "title": "Luật Thi đua, khen thưởng số 06/2022/QH15",
        "abstract": (
            "Luật quy định đối tượng, nguyên tắc thi đua, khen thưởng; danh hiệu thi đua, hình "
            "thức khen thưởng và tiêu chuẩn; thẩm quyền, thủ tục, hồ sơ đề nghị khen thưởng; "
            "quỹ thi đua, khen thưởng và quản lý nhà nước về thi đua, khen thưởng."
        ),
        "body": (
            "Luật Thi đua, khen thưởng số 06/2022/QH15 được Quốc hội nước Cộng hòa xã hội chủ "
            "nghĩa Việt Nam khóa XV, kỳ họp thứ 3 thông qua ngày 15 tháng 6 năm 2022, có hiệu "
            "lực thi hành từ ngày 01 tháng 01 năm 2024, thay thế Luật Thi đua, khen thưởng năm "
            "2003 đã được sửa đổi, bổ sung năm 2005 và năm 2013.\n"
            "Luật quy định về đối tượng, nguyên tắc thi đua, khen thưởng; nội dung tổ chức "
            "phong trào thi đua; danh hiệu thi đua và tiêu chuẩn danh hiệu thi đua; hình thức, "
            "đối tượng, tiêu chuẩn khen thưởng; thẩm quyền quyết định, trao tặng; thủ tục, hồ "
            "sơ đề nghị khen thưởng; quyền và nghĩa vụ của cá nhân, tập thể được khen thưởng; "
            "quỹ thi đua, khen thưởng và quản lý nhà nước về thi đua, khen thưởng.\n"
            "Việc khen thưởng phải bảo đảm chính xác, công khai, minh bạch, công bằng, kịp "
            "thời; bảo đảm thống nhất giữa tính chất, hình thức và đối tượng khen thưởng; kết "
            "hợp chặt chẽ động viên tinh thần với khuyến khích bằng lợi ích vật chất. Luật chú "
            "trọng khen thưởng cá nhân là người trực tiếp lao động, sản xuất, học tập, công "
            "tác, chiến đấu, phục vụ chiến đấu và khen thưởng tập thể nhỏ, cơ sở.\n"
            "Danh hiệu thi đua đối với cá nhân gồm Chiến sĩ thi đua toàn quốc; Chiến sĩ thi "
            "đua bộ, ban, ngành, tỉnh; Chiến sĩ thi đua cơ sở; Lao động tiên tiến, Chiến sĩ "
            "tiên tiến. Danh hiệu thi đua đối với tập thể gồm Cờ thi đua của Chính phủ; Cờ thi "
            "đua của bộ, ban, ngành, tỉnh; Tập thể lao động xuất sắc, Đơn vị quyết thắng; Tập "
            "thể lao động tiên tiến, Đơn vị tiên tiến.\n"
            "Hình thức khen thưởng gồm: Huân chương; Huy chương; danh hiệu vinh dự nhà nước; "
            "Giải thưởng Hồ Chí Minh, Giải thưởng Nhà nước; Kỷ niệm chương; Bằng khen; Giấy "
            "khen. Luật đề cao trách nhiệm của người đứng đầu cơ quan, tổ chức, đơn vị trong "
            "việc phát hiện, lựa chọn tập thể, cá nhân có thành tích để khen thưởng hoặc đề "
            "nghị cấp có thẩm quyền khen thưởng."
        ),
    },
    {
        "number": "15/2003/QH11",
        "doc_type": "luat",
        "issuer": "Quốc hội",
        "signer": "Chủ tịch Quốc hội",
        "issued_on": "2003-11-26",
        "effective_on": "2004-07-01",
        "status": "expired",
        "replaced_by": "06/2022/QH15",
        "field": "Thi đua, khen thưởng",
        "title": "Luật Thi đua, khen thưởng số 15/2003/QH11",
        "abstract": (
            "Luật Thi đua, khen thưởng năm 2003, được sửa đổi, bổ sung năm 2005 và năm 2013; "
            "hết hiệu lực từ ngày 01/01/2024, được thay thế bởi Luật Thi đua, khen thưởng số "
            "06/2022/QH15."
        ),
        "body": (
            "Luật Thi đua, khen thưởng số 15/2003/QH11 được Quốc hội khóa XI, kỳ họp thứ 4 "
            "thông qua ngày 26 tháng 11 năm 2003, có hiệu lực từ ngày 01 tháng 7 năm 2004.\n"
            "Luật được sửa đổi, bổ sung bởi Luật sửa đổi, bổ sung một số điều của Luật Thi "
            "đua, khen thưởng ngày 14/6/2005 và Luật sửa đổi, bổ sung một số điều của Luật Thi "
            "đua, khen thưởng ngày 16/11/2013.\n"
            "Luật quy định đối tượng, nguyên tắc, nội dung, hình thức tổ chức thi đua; danh "
            "hiệu và tiêu chuẩn danh hiệu thi đua; hình thức, đối tượng, tiêu chuẩn khen "
            "thưởng; thẩm quyền quyết định và trao tặng; thủ tục, hồ sơ đề nghị khen thưởng; "
            "quyền, nghĩa vụ của cá nhân, tập thể được khen thưởng; quỹ thi đua, khen thưởng "
            "và xử lý vi phạm.\n"
            "Luật hết hiệu lực từ ngày 01 tháng 01 năm 2024, khi Luật Thi đua, khen thưởng số "
            "06/2022/QH15 có hiệu lực thi hành. Văn bản được lưu để tra cứu khi xem xét các hồ "
            "sơ khen thưởng, xác nhận thành tích trước năm 2024."
        ),
    },
    {
        "number": "98/2023/NĐ-CP",
        "doc_type": "nghi_dinh",
        "issuer": "Chính phủ",
        "signer": "Phó Thủ tướng Chính phủ",
        "issued_on": "2023-12-31",
        "effective_on": "2024-01-01",
        "status": "expired",
        "replaced_by": "152/2025/NĐ-CP",
        "field": "Thi đua, khen thưởng",
        "title": (
            "Nghị định 98/2023/NĐ-CP quy định chi tiết thi hành một số điều của Luật Thi đua, "
            "khen thưởng"
        ),
        "abstract": (
            "Quy định chi tiết về tổ chức phong trào thi đua, tiêu chuẩn danh hiệu thi đua và "
            "hình thức khen thưởng, thẩm quyền, thủ tục, hồ sơ khen thưởng, Hội đồng Thi đua – "
            "Khen thưởng các cấp và quỹ thi đua, khen thưởng; hết hiệu lực từ ngày 01/07/2025, "
            "được thay thế bởi Nghị định số 152/2025/NĐ-CP."
        ),
        "body": (
            "Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi "
            "tiết thi hành một số điều của Luật Thi đua, khen thưởng, có hiệu lực thi hành từ "
            "ngày 01 tháng 01 năm 2024, thay thế Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 "
            "năm 2017.\n"
            "Nghị định quy định chi tiết về tổ chức phong trào thi đua; tiêu chuẩn danh hiệu "
            "thi đua; tiêu chuẩn các hình thức khen thưởng; thẩm quyền, thủ tục, hồ sơ đề nghị "
            "khen thưởng; tổ chức, hoạt động của Hội đồng Thi đua – Khen thưởng các cấp; quỹ "
            "thi đua, khen thưởng và mức tiền thưởng kèm theo các danh hiệu thi đua, hình thức "
            "khen thưởng.\n"
            "Danh sách tập thể, cá nhân được đề nghị tặng Huân chương, danh hiệu vinh dự nhà "
            "nước và các hình thức khen thưởng cấp Nhà nước được công khai để lấy ý kiến Nhân "
            "dân trước khi Hội đồng Thi đua – Khen thưởng họp xét. Ý kiến góp ý được gửi bằng "
            "văn bản, ghi rõ họ tên, địa chỉ của người góp ý; trường hợp có đơn thư phản ánh, "
            "việc xét khen thưởng được tạm dừng để xác minh.\n"
            "Các cơ quan, đơn vị căn cứ Nghị định để rà soát, sửa đổi quy chế thi đua, khen "
            "thưởng của cơ quan, đơn vị; hồ sơ đề nghị khen thưởng lập sau ngày 01/01/2024 "
            "thực hiện theo các mẫu và thời hạn quy định tại Nghị định và văn bản hướng dẫn "
            "của Bộ Nội vụ.\n"
            "Nghị định hết hiệu lực từ ngày 01 tháng 7 năm 2025, được thay thế bởi Nghị định số "
            "152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ. Văn bản được lưu để tra cứu "
            "khi xem xét các hồ sơ khen thưởng lập trong thời gian Nghị định còn hiệu lực."
        ),
    },
    {
        "number": "91/2017/NĐ-CP",
        "doc_type": "nghi_dinh",
        "issuer": "Chính phủ",
        "signer": "Thủ tướng Chính phủ",
        "issued_on": "2017-07-31",
        "effective_on": "2017-09-15",
        "status": "expired",
        "replaced_by": "98/2023/NĐ-CP",
        "field": "Thi đua, khen thưởng",
        "title": (
            "Nghị định 91/2017/NĐ-CP quy định chi tiết thi hành một số điều của Luật Thi đua, "
            "khen thưởng"
        ),
        "abstract": (
            "Quy định chi tiết thi hành Luật Thi đua, khen thưởng năm 2003 (sửa đổi, bổ sung "
            "năm 2005, 2013); hết hiệu lực từ ngày 01/01/2024, được thay thế bởi Nghị định số "
            "98/2023/NĐ-CP."
        ),
        "body": (
            "Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi "
            "tiết thi hành một số điều của Luật Thi đua, khen thưởng năm 2003, đã được sửa "
            "đổi, bổ sung năm 2005 và năm 2013.\n"
            "Nghị định quy định chi tiết về tổ chức phong trào thi đua; tiêu chuẩn các danh "
            "hiệu thi đua; tiêu chuẩn các hình thức khen thưởng; thẩm quyền quyết định khen "
            "thưởng; thủ tục, hồ sơ đề nghị khen thưởng; Hội đồng Thi đua – Khen thưởng các "
            "cấp và việc lập, quản lý, sử dụng quỹ thi đua, khen thưởng.\n"
            "Nghị định là căn cứ để các bộ, ngành, địa phương ban hành quy chế, quy định về "
            "thi đua, khen thưởng trong giai đoạn 2017 – 2023, trong đó có Đề án nâng cao chất "
            "lượng công tác thi đua, khen thưởng trên địa bàn tỉnh Lạng Sơn giai đoạn 2021 – "
            "2025.\n"
            "Nghị định hết hiệu lực từ ngày 01 tháng 01 năm 2024, được thay thế bởi Nghị định "
            "số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ."
        ),
    },
    {
        "number": "01/2024/TT-BNV",
        "doc_type": "thong_tu",
        "issuer": "Bộ Nội vụ",
        "signer": "Bộ trưởng Bộ Nội vụ",
        "issued_on": "2024-02-29",
        "effective_on": "2024-04-15",
        "status": "expired",
        "replaced_by": "15/2025/TT-BNV",
        "field": "Thi đua, khen thưởng",
        "title": ("Thông tư 01/2024/TT-BNV quy định biện pháp thi hành Luật Thi đua, khen thưởng"),
        "abstract": (
            "Hướng dẫn tổ chức phong trào thi đua, hoạt động cụm, khối thi đua, công nhận sáng "
            "kiến làm căn cứ xét danh hiệu thi đua và ban hành các mẫu văn bản trong hồ sơ đề "
            "nghị khen thưởng; được thay thế bởi Thông tư số 15/2025/TT-BNV."
        ),
        "body": (
            "Thông tư số 01/2024/TT-BNV ngày 29 tháng 02 năm 2024 của Bộ trưởng Bộ Nội vụ quy "
            "định biện pháp thi hành Luật Thi đua, khen thưởng, thay thế Thông tư số "
            "12/2019/TT-BNV ngày 04/11/2019.\n"
            "Thông tư hướng dẫn việc tổ chức phong trào thi đua, đăng ký và ký kết giao ước "
            "thi đua, tổ chức hoạt động của cụm, khối thi đua; việc công nhận hiệu quả áp dụng "
            "và phạm vi ảnh hưởng của sáng kiến, đề tài khoa học làm căn cứ xét tặng danh hiệu "
            "Chiến sĩ thi đua các cấp.\n"
            "Thông tư ban hành các mẫu văn bản trong hồ sơ đề nghị khen thưởng: báo cáo thành "
            "tích của tập thể, cá nhân; báo cáo tóm tắt thành tích; tờ trình, biên bản họp Hội "
            "đồng Thi đua – Khen thưởng và các mẫu báo cáo thống kê về thi đua, khen thưởng.\n"
            "Các cơ quan, đơn vị, địa phương sử dụng thống nhất các mẫu văn bản ban hành kèm "
            "theo Thông tư khi lập hồ sơ đề nghị khen thưởng gửi Sở Nội vụ (qua Ban Thi đua – "
            "Khen thưởng).\n"
            "Thông tư hết hiệu lực khi Thông tư số 15/2025/TT-BNV ngày 04 tháng 8 năm 2025 của "
            "Bộ trưởng Bộ Nội vụ có hiệu lực; văn bản được lưu để tra cứu."
        ),
    },
    {
        "number": "12/2019/TT-BNV",
        "doc_type": "thong_tu",
        "issuer": "Bộ Nội vụ",
        "signer": "Bộ trưởng Bộ Nội vụ",
        "issued_on": "2019-11-04",
        "effective_on": None,
        "status": "expired",
        "replaced_by": "01/2024/TT-BNV",
        "field": "Thi đua, khen thưởng",
        "title": (
            "Thông tư 12/2019/TT-BNV quy định chi tiết thi hành một số điều của Nghị định số "
            "91/2017/NĐ-CP"
        ),
        "abstract": (
            "Quy định chi tiết thi hành một số điều của Nghị định số 91/2017/NĐ-CP, kèm theo "
            "các mẫu báo cáo thành tích; được thay thế bởi Thông tư số 01/2024/TT-BNV."
        ),
        "body": (
            "Thông tư số 12/2019/TT-BNV ngày 04 tháng 11 năm 2019 của Bộ trưởng Bộ Nội vụ quy "
            "định chi tiết thi hành một số điều của Nghị định số 91/2017/NĐ-CP ngày 31/7/2017 "
            "của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen "
            "thưởng.\n"
            "Thông tư hướng dẫn việc tổ chức phong trào thi đua, đăng ký thi đua, xét tặng "
            "danh hiệu thi đua và các hình thức khen thưởng; ban hành các mẫu báo cáo thành "
            "tích đề nghị khen thưởng đối với tập thể, cá nhân và hộ gia đình.\n"
            "Thông tư hết hiệu lực khi Thông tư số 01/2024/TT-BNV của Bộ trưởng Bộ Nội vụ quy "
            "định biện pháp thi hành Luật Thi đua, khen thưởng có hiệu lực."
        ),
    },
    {
        "number": "13/2023/NĐ-CP",
        "doc_type": "nghi_dinh",
        "issuer": "Chính phủ",
        "signer": "Phó Thủ tướng Chính phủ",
        "issued_on": "2023-04-17",
        "effective_on": "2023-07-01",
        "status": "expired",
        "replaced_by": "356/2025/NĐ-CP",
        "field": "Bảo vệ dữ liệu cá nhân",
        "title": "Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân",
        "abstract": (
            "Quy định về bảo vệ dữ liệu cá nhân, sự đồng ý của chủ thể dữ liệu, quyền và nghĩa "
            "vụ của chủ thể dữ liệu và trách nhiệm của cơ quan, tổ chức, cá nhân xử lý dữ liệu "
            "cá nhân; hết hiệu lực từ ngày 01/01/2026, được thay thế bởi Nghị định số "
            "356/2025/NĐ-CP."
        ),
        "body": (
            "Nghị định số 13/2023/NĐ-CP ngày 17 tháng 4 năm 2023 của Chính phủ về bảo vệ dữ "
            "liệu cá nhân, có hiệu lực thi hành từ ngày 01 tháng 7 năm 2023.\n"
            "Nghị định quy định về bảo vệ dữ liệu cá nhân và trách nhiệm bảo vệ dữ liệu cá "
            "nhân của cơ quan, tổ chức, cá nhân có liên quan; phân biệt dữ liệu cá nhân cơ bản "
            "và dữ liệu cá nhân nhạy cảm; quy định vai trò của bên kiểm soát dữ liệu, bên xử "
            "lý dữ liệu và bên kiểm soát và xử lý dữ liệu cá nhân.\n"
            "Việc xử lý dữ liệu cá nhân phải có sự đồng ý của chủ thể dữ liệu, trừ các trường "
            "hợp luật định. Sự đồng ý chỉ có hiệu lực khi chủ thể dữ liệu tự nguyện và biết rõ "
            "loại dữ liệu, mục đích xử lý, tổ chức, cá nhân được xử lý dữ liệu và các quyền, "
            "nghĩa vụ của mình; sự im lặng hoặc không phản hồi không được coi là sự đồng ý.\n"
            "Chủ thể dữ liệu có các quyền: được biết, đồng ý, truy cập, rút lại sự đồng ý, xóa "
            "dữ liệu, hạn chế xử lý dữ liệu, cung cấp dữ liệu, phản đối xử lý dữ liệu, khiếu "
            "nại, tố cáo, khởi kiện, yêu cầu bồi thường thiệt hại và tự bảo vệ.\n"
            "Nghị định hết hiệu lực từ ngày 01 tháng 01 năm 2026, khi Luật Bảo vệ dữ liệu cá "
            "nhân số 91/2025/QH15 và Nghị định số 356/2025/NĐ-CP có hiệu lực; văn bản được lưu "
            "để tra cứu."
        ),
    },
    {
        "number": "152/2025/NĐ-CP",
        "doc_type": "nghi_dinh",
        "issuer": "Chính phủ",
        "signer": "Thay mặt Chính phủ",
        "issued_on": "2025-06-14",
        "effective_on": "2025-07-01",
        "status": "in_force",
        "replaced_by": None,
        "field": "Thi đua, khen thưởng",
        "title": (
            "Nghị định 152/2025/NĐ-CP quy định chi tiết thi hành một số điều của Luật Thi đua, "
            "khen thưởng"
        ),
        "abstract": (
            "Nghị định hiện hành hướng dẫn Luật Thi đua, khen thưởng: tổ chức phong trào thi "
            "đua, tiêu chuẩn danh hiệu và hình thức khen thưởng, thẩm quyền, thủ tục, hồ sơ, "
            "việc công khai lấy ý kiến Nhân dân. Từ ngày 01/07/2025 thay thế Nghị định số "
            "98/2023/NĐ-CP và Nghị định số 28/2024/NĐ-CP (hết hiệu lực)."
        ),
        "body": (
            "Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi "
            "tiết thi hành một số điều của Luật Thi đua, khen thưởng, có hiệu lực từ ngày 01 "
            "tháng 7 năm 2025, cùng ngày chính quyền địa phương hai cấp bắt đầu vận hành. Nghị "
            "định thay thế Nghị định số 98/2023/NĐ-CP và Nghị định số 28/2024/NĐ-CP.\n"
            "Nghị định sắp xếp lại thẩm quyền khen thưởng cho phù hợp với tổ chức bộ máy mới: "
            "không còn cấp huyện; Chủ tịch Ủy ban nhân dân xã, phường tặng Giấy khen và xét "
            "công nhận các danh hiệu thi đua cấp cơ sở như Lao động tiên tiến, Chiến sĩ thi đua "
            "cơ sở, Tập thể lao động tiên tiến.\n"
            "Trước khi Hội đồng Thi đua – Khen thưởng cấp tỉnh họp xét, danh sách tập thể, cá "
            "nhân được đề nghị tặng Huân chương, danh hiệu vinh dự nhà nước và các hình thức "
            "khen thưởng cấp Nhà nước được công khai trên cổng thông tin của địa phương để Nhân "
            "dân góp ý (khoản 2 Điều 44). Người góp ý ghi rõ họ tên, địa chỉ liên hệ; ý kiến "
            "phản ánh được xác minh trước khi trình khen thưởng.\n"
            "Các cơ quan, đơn vị, xã, phường rà soát quy chế thi đua, khen thưởng của mình theo "
            "Nghị định; hồ sơ đề nghị khen thưởng tiếp nhận từ ngày 01/7/2025 áp dụng trình tự, "
            "thủ tục và mẫu văn bản theo Nghị định và Thông tư hướng dẫn của Bộ Nội vụ."
        ),
    },
    {
        "number": "28/2024/NĐ-CP",
        "doc_type": "nghi_dinh",
        "issuer": "Chính phủ",
        "signer": "Thay mặt Chính phủ",
        "issued_on": "2024-03-06",
        "effective_on": "2024-03-06",
        "status": "expired",
        "replaced_by": "152/2025/NĐ-CP",
        "field": "Thi đua, khen thưởng",
        "title": "Nghị định 28/2024/NĐ-CP sửa đổi, bổ sung Nghị định số 98/2023/NĐ-CP",
        "abstract": (
            "Sửa đổi, bổ sung một số điều của Nghị định số 98/2023/NĐ-CP về thi đua, khen "
            "thưởng; hết hiệu lực từ ngày 01/07/2025, được thay thế bởi Nghị định số "
            "152/2025/NĐ-CP."
        ),
        "body": (
            "Nghị định số 28/2024/NĐ-CP ngày 06 tháng 3 năm 2024 của Chính phủ sửa đổi, bổ sung "
            "một số điều của Nghị định số 98/2023/NĐ-CP quy định chi tiết thi hành một số điều "
            "của Luật Thi đua, khen thưởng.\n"
            "Nghị định hết hiệu lực từ ngày 01 tháng 7 năm 2025, được thay thế bởi Nghị định số "
            "152/2025/NĐ-CP; văn bản được lưu để tra cứu."
        ),
    },
    {
        "number": "15/2025/TT-BNV",
        "doc_type": "thong_tu",
        "issuer": "Bộ Nội vụ",
        "signer": "Bộ trưởng Bộ Nội vụ",
        "issued_on": "2025-08-04",
        "effective_on": None,
        "status": "in_force",
        "replaced_by": None,
        "field": "Thi đua, khen thưởng",
        "title": "Thông tư 15/2025/TT-BNV hướng dẫn thi hành công tác thi đua, khen thưởng",
        "abstract": (
            "Thông tư hướng dẫn hiện hành của Bộ Nội vụ: tổ chức phong trào thi đua, cụm, khối "
            "thi đua, công nhận sáng kiến và các mẫu văn bản trong hồ sơ đề nghị khen thưởng "
            "theo Nghị định số 152/2025/NĐ-CP; thay thế Thông tư số 01/2024/TT-BNV."
        ),
        "body": (
            "Thông tư số 15/2025/TT-BNV ngày 04 tháng 8 năm 2025 của Bộ trưởng Bộ Nội vụ hướng "
            "dẫn thi hành Luật Thi đua, khen thưởng và Nghị định số 152/2025/NĐ-CP, thay thế "
            "Thông tư số 01/2024/TT-BNV.\n"
            "Thông tư hướng dẫn việc phát động, đăng ký và ký kết giao ước thi đua, tổ chức cụm, "
            "khối thi đua khi không còn cấp huyện; việc đánh giá sáng kiến làm căn cứ xét danh "
            "hiệu Chiến sĩ thi đua các cấp.\n"
            "Thông tư ban hành các mẫu báo cáo thành tích, báo cáo tóm tắt thành tích, tờ "
            "trình, biên bản họp Hội đồng Thi đua – Khen thưởng và báo cáo thống kê mà các cơ "
            "quan, đơn vị, xã, phường dùng thống nhất khi lập hồ sơ đề nghị khen thưởng."
        ),
    },
    {
        "number": "91/2025/QH15",
        "doc_type": "luat",
        "issuer": "Quốc hội",
        "signer": "Chủ tịch Quốc hội",
        "issued_on": "2025-06-26",
        "effective_on": "2026-01-01",
        "status": "in_force",
        "replaced_by": None,
        "field": "Bảo vệ dữ liệu cá nhân",
        "title": "Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15",
        "abstract": (
            "Luật quy định về dữ liệu cá nhân, quyền và nghĩa vụ của chủ thể dữ liệu, trách "
            "nhiệm của cơ quan, tổ chức xử lý dữ liệu cá nhân và các biện pháp bảo vệ; có hiệu "
            "lực từ ngày 01/01/2026."
        ),
        "body": (
            "Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15 được Quốc hội khóa XV thông qua ngày "
            "26 tháng 6 năm 2025, có hiệu lực từ ngày 01 tháng 01 năm 2026.\n"
            "Luật xác định dữ liệu cá nhân gồm dữ liệu cơ bản và dữ liệu nhạy cảm; người có dữ "
            "liệu được biết dữ liệu của mình được xử lý vì mục đích gì, được đồng ý hoặc rút "
            "lại sự đồng ý, được xem, chỉnh sửa, yêu cầu xóa hoặc hạn chế xử lý dữ liệu.\n"
            "Cơ quan, tổ chức thu thập dữ liệu cá nhân chỉ được thu thập phần cần thiết cho mục "
            "đích đã nêu, giữ trong thời hạn cần thiết và có biện pháp bảo vệ tương xứng. Với "
            "Cổng thông tin Thi đua – Khen thưởng, điều này áp dụng cho họ tên, số điện thoại, "
            "thư điện tử, địa chỉ của người góp ý và người gửi câu hỏi."
        ),
    },
    {
        "number": "356/2025/NĐ-CP",
        "doc_type": "nghi_dinh",
        "issuer": "Chính phủ",
        "signer": "Thay mặt Chính phủ",
        "issued_on": "2025-12-31",
        "effective_on": "2026-01-01",
        "status": "in_force",
        "replaced_by": None,
        "field": "Bảo vệ dữ liệu cá nhân",
        "title": (
            "Nghị định 356/2025/NĐ-CP quy định chi tiết và biện pháp thi hành Luật Bảo vệ dữ "
            "liệu cá nhân"
        ),
        "abstract": (
            "Hướng dẫn Luật Bảo vệ dữ liệu cá nhân: danh mục dữ liệu cơ bản và nhạy cảm, trình "
            "tự và thời hạn đáp ứng yêu cầu của chủ thể dữ liệu, trách nhiệm của bên xử lý; "
            "từ ngày 01/01/2026 thay thế Nghị định số 13/2023/NĐ-CP (hết hiệu lực)."
        ),
        "body": (
            "Nghị định số 356/2025/NĐ-CP ngày 31 tháng 12 năm 2025 của Chính phủ quy định chi "
            "tiết một số điều và biện pháp thi hành Luật Bảo vệ dữ liệu cá nhân, có hiệu lực từ "
            "ngày 01 tháng 01 năm 2026 và thay thế Nghị định số 13/2023/NĐ-CP.\n"
            "Nghị định liệt kê các loại dữ liệu cá nhân cơ bản và nhạy cảm; quy định cách tiếp "
            "nhận, phản hồi và thời hạn giải quyết yêu cầu xem, sửa, xóa dữ liệu hoặc rút lại "
            "sự đồng ý của người có dữ liệu.\n"
            "Trên Cổng thông tin Thi đua – Khen thưởng, mỗi biểu mẫu thu thập thông tin liên hệ "
            "nêu rõ mục đích, thời hạn lưu giữ và đề nghị người gửi đồng ý trước khi gửi; yêu "
            "cầu về dữ liệu cá nhân được tiếp nhận và trả lời theo thời hạn của Nghị định."
        ),
    },
    {
        "number": "34-CT/TW",
        "doc_type": "chi_thi",
        "issuer": "Bộ Chính trị Ban Chấp hành Trung ương Đảng",
        "signer": "Thay mặt Bộ Chính trị, Thường trực Ban Bí thư",
        "issued_on": "2014-04-07",
        "effective_on": None,
        "status": "in_force",
        "replaced_by": None,
        "field": "Thi đua, khen thưởng",
        "title": "Chỉ thị 34-CT/TW về tiếp tục đổi mới công tác thi đua, khen thưởng",
        "abstract": (
            "Bộ Chính trị yêu cầu tăng cường lãnh đạo, đổi mới nội dung, hình thức tổ chức "
            "phong trào thi đua và đổi mới công tác khen thưởng bảo đảm chính xác, kịp thời, "
            "công khai, minh bạch, chú trọng người lao động trực tiếp."
        ),
        "body": (
            "Chỉ thị số 34-CT/TW ngày 07 tháng 4 năm 2014 của Bộ Chính trị (khóa XI) về tiếp "
            "tục đổi mới công tác thi đua, khen thưởng.\n"
            "Chỉ thị đánh giá công tác thi đua, khen thưởng thời gian qua đã có nhiều chuyển "
            "biến tích cực, góp phần động viên các tầng lớp Nhân dân thi đua thực hiện thắng "
            "lợi nhiệm vụ chính trị; đồng thời chỉ rõ hạn chế: phong trào thi đua ở nhiều nơi "
            "còn hình thức, chưa thiết thực; việc phát hiện, bồi dưỡng, nhân rộng điển hình "
            "tiên tiến chưa được coi trọng; khen thưởng còn dàn trải, chưa chú trọng người "
            "trực tiếp lao động, sản xuất.\n"
            "Bộ Chính trị yêu cầu các cấp ủy, tổ chức đảng tăng cường lãnh đạo, chỉ đạo công "
            "tác thi đua, khen thưởng; quán triệt sâu sắc tư tưởng thi đua yêu nước của Chủ "
            "tịch Hồ Chí Minh; đổi mới nội dung, hình thức, phương pháp tổ chức các phong trào "
            "thi đua theo hướng thiết thực, hiệu quả, chống bệnh hình thức, thành tích.\n"
            "Đổi mới công tác khen thưởng bảo đảm chính xác, kịp thời, công khai, minh bạch; "
            "coi trọng phát hiện, lựa chọn tập thể, cá nhân có thành tích xuất sắc, tiêu biểu; "
            "quan tâm khen thưởng tập thể nhỏ, công nhân, nông dân, người lao động trực tiếp, "
            "cán bộ, chiến sĩ các lực lượng vũ trang; chú ý khen thưởng ở cơ sở, vùng sâu, "
            "vùng xa, vùng biên giới, hải đảo và vùng đồng bào dân tộc thiểu số.\n"
            "Kiện toàn tổ chức bộ máy, nâng cao chất lượng đội ngũ cán bộ làm công tác thi "
            "đua, khen thưởng các cấp; đẩy mạnh cải cách thủ tục hành chính và ứng dụng công "
            "nghệ thông tin trong lĩnh vực thi đua, khen thưởng."
        ),
    },
    {
        "number": "30-CT/TU",
        "doc_type": "chi_thi",
        "issuer": "Ban Thường vụ Tỉnh ủy Lạng Sơn",
        "signer": "Thay mặt Ban Thường vụ Tỉnh ủy",
        "issued_on": "2014-11-18",
        "effective_on": None,
        "status": "in_force",
        "replaced_by": None,
        "field": "Thi đua, khen thưởng",
        "title": (
            "Chỉ thị 30-CT/TU về tiếp tục đổi mới công tác thi đua, khen thưởng trên địa bàn "
            "tỉnh Lạng Sơn"
        ),
        "abstract": (
            "Ban Thường vụ Tỉnh ủy cụ thể hóa Chỉ thị số 34-CT/TW của Bộ Chính trị, yêu cầu "
            "các cấp ủy, chính quyền đổi mới phong trào thi đua và khen thưởng hướng về cơ sở, "
            "người lao động trực tiếp."
        ),
        "body": (
            "Chỉ thị số 30-CT/TU ngày 18 tháng 11 năm 2014 của Ban Thường vụ Tỉnh ủy Lạng Sơn "
            "về tiếp tục đổi mới công tác thi đua, khen thưởng trên địa bàn tỉnh Lạng Sơn, cụ "
            "thể hóa Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị.\n"
            "Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy đảng, chính quyền, Mặt trận Tổ quốc và "
            "các đoàn thể chính trị – xã hội gắn công tác thi đua, khen thưởng với nhiệm vụ "
            "chính trị của từng cấp, từng ngành; người đứng đầu trực tiếp lãnh đạo, chỉ đạo và "
            "chịu trách nhiệm về chất lượng phong trào thi đua ở cơ quan, đơn vị, địa phương "
            "mình.\n"
            "Phong trào thi đua phải có mục tiêu, tiêu chí cụ thể, hướng mạnh về cơ sở; việc "
            "khen thưởng phải đúng người, đúng thành tích, chú trọng người trực tiếp lao động, "
            "sản xuất, công tác, chiến đấu, các tập thể nhỏ và đồng bào các dân tộc ở vùng "
            "biên giới, vùng đặc biệt khó khăn của tỉnh.\n"
            "Ngày 25/12/2019, Ban Thường vụ Tỉnh ủy ban hành Kết luận số 1160-KL/TU về tiếp "
            "tục thực hiện Chỉ thị số 30-CT/TU; Ủy ban nhân dân tỉnh ban hành Kế hoạch số "
            "35/KH-UBND ngày 25/02/2020 và Quyết định số 1657/QĐ-UBND ngày 19/8/2021 để tổ "
            "chức thực hiện."
        ),
    },
    {
        "number": "12/KH-UBND",
        "doc_type": "ke_hoach",
        "issuer": "Ủy ban nhân dân tỉnh Lạng Sơn",
        "signer": "Chủ tịch Vy Văn Thành",
        "issued_on": "2013-01-24",
        "effective_on": "2013-01-24",
        "status": "expired",
        "replaced_by": None,
        "field": "Thi đua, khen thưởng",
        "title": "Kế hoạch 12/KH-UBND công tác thi đua, khen thưởng năm 2013",
        "abstract": (
            "Kế hoạch công tác thi đua, khen thưởng năm 2013 của tỉnh Lạng Sơn: nhiệm vụ theo "
            "từng quý, đơn vị thực hiện, giải pháp chủ yếu và tổ chức thực hiện."
        ),
        "body": (
            "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\n"
            "Số: 12/KH-UBND\n"
            "Lạng Sơn, ngày 24 tháng 01 năm 2013\n"
            "KẾ HOẠCH\n"
            "Công tác thi đua, khen thưởng năm 2013\n"
            "Căn cứ Luật Thi đua, Khen thưởng ngày 26/11/2003 và Luật sửa đổi, bổ sung một số "
            "điều của Luật Thi đua, Khen thưởng ngày 14/6/2005 và các văn bản hướng dẫn thi "
            "hành Luật Thi đua, Khen thưởng;\n"
            "Căn cứ Nghị quyết số 86/2012/NQ-HĐND ngày 11/12/2012 của Hội đồng nhân dân tỉnh "
            "Lạng Sơn về mục tiêu, nhiệm vụ kế hoạch năm 2013;\n"
            "Thực hiện Chỉ thị số 08/CT-UBND ngày 09/9/2011 của Ủy ban nhân dân tỉnh về việc "
            "tiếp tục đổi mới, đẩy mạnh phong trào thi đua yêu nước giai đoạn 2011 - 2015,\n"
            "Ủy ban nhân dân tỉnh Lạng Sơn xây dựng kế hoạch công tác thi đua, khen thưởng năm "
            "2013 như sau:\n"
            "I. NỘI DUNG, THỜI GIAN VÀ PHÂN CÔNG THỰC HIỆN\n"
            "QUÝ I\n"
            "- Chỉ đạo, đôn đốc các cụm thi đua và các đơn vị tổng kết công tác thi đua, khen "
            "thưởng (TĐKT) năm 2012 và ký giao ước thi đua, đăng ký thi đua năm 2013. (Đơn vị "
            "thực hiện: Ban TĐKT, Sở Nội vụ.)\n"
            "- Ban hành Kế hoạch công tác TĐKT năm 2013. (Đơn vị thực hiện: UBND tỉnh; các đơn "
            "vị.)\n"
            "- Tổ chức triển khai đăng ký thi đua; đăng ký các chỉ tiêu thi đua năm 2013 với "
            "Chính phủ, Hội đồng TĐKT TW, Ban TĐKT TW; đăng ký Cờ thi đua Chính phủ năm 2013. "
            "(Đơn vị thực hiện: UBND tỉnh; các đơn vị; Ban TĐKT, Sở Nội vụ.)\n"
            "- Phát động phong trào thi đua năm 2013. (Đơn vị thực hiện: UBND tỉnh; các đơn "
            "vị.)\n"
            "- Thông báo phân khối, cụm thi đua của tỉnh năm 2013. (Đơn vị thực hiện: UBND "
            "tỉnh; Ban TĐKT, Sở Nội vụ.)\n"
            "- Họp Hội đồng TĐKT tỉnh xét khen thưởng thường xuyên, chuyên đề, cống hiến. (Đơn "
            "vị thực hiện: Hội đồng TĐKT tỉnh; Ban TĐKT, Sở Nội vụ.)\n"
            "- Hội đồng TĐKT tỉnh họp xét, quyết định công nhận CSTĐ cấp tỉnh năm 2012. (Đơn "
            "vị thực hiện: Hội đồng KHSK tỉnh; Hội đồng TĐKT tỉnh; Ban TĐKT, Sở Nội vụ.)\n"
            "- Trình khen thưởng bậc cao (đợt 1) cho các sở, ban, ngành, đơn vị. (Đơn vị thực "
            "hiện: UBND tỉnh; Ban TĐKT, Sở Nội vụ.)\n"
            "QUÝ II\n"
            "- Tổ chức phát động đợt thi đua lập thành tích chào mừng kỷ niệm 65 năm ngày Chủ "
            "tịch Hồ Chí Minh ra lời kêu gọi Thi đua ái quốc (11/6/1948-11/6/2013) (Đơn vị "
            "thực hiện: UBND tỉnh; các đơn vị.)\n"
            "- Hướng dẫn xây dựng điển hình tiên tiến giai đoạn 2011-2015 (Đơn vị thực hiện: "
            "HĐTĐKT tỉnh; Ban TĐKT, Sở Nội vụ.)\n"
            "- Chỉ đạo, đôn đốc các huyện, thành phố, các sở, ban, ngành, đoàn thể tỉnh và các "
            "cụm thi đua của tỉnh sơ kết công tác TĐKT 6 tháng đầu năm 2013. (Đơn vị thực "
            "hiện: Hội đồng TĐKT tỉnh; các đơn vị; Ban TĐKT, Sở Nội vụ.)\n"
            "- Xây dựng kế hoạch kiểm tra, giám sát công tác TĐKT năm 2013. (Đơn vị thực hiện: "
            "Hội đồng TĐKT tỉnh; Ban TĐKT, Sở Nội vụ.)\n"
            "QUÝ III\n"
            "- Tổ chức thực hiện kế hoạch kiểm tra, giám sát công tác TĐKT năm 2013. (Đơn vị "
            "thực hiện: Hội đồng TĐKT tỉnh; các đơn vị liên quan; Ban TĐKT, Sở Nội vụ.)\n"
            "- Tiếp nhận, thẩm định, xem xét quyết định khen thưởng thành tích ngành Giáo dục "
            "và Đào tạo năm học 2012-2013. (Đơn vị thực hiện: UBND tỉnh; HĐ TĐKT tỉnh; Ban "
            "TĐKT, Sở Nội vụ.)\n"
            "- Họp Hội đồng TĐKT tỉnh xét công nhận danh hiệu Chiến sỹ thi đua cấp tỉnh năm "
            "học 2012 - 2013. (Đơn vị thực hiện: Hội đồng TĐKT tỉnh; Ban TĐKT Sở Nội vụ.)\n"
            "- Tổ chức tập huấn, bồi dưỡng nghiệp vụ công tác thi đua, khen thưởng. (Đơn vị "
            "thực hiện: Ban TĐKT, Sở Nội vụ; các đơn vị.)\n"
            "QUÝ IV\n"
            "- Chỉ đạo, đôn đốc các cụm thi đua, các đơn vị tổng kết công tác TĐKT, bình xét, "
            "suy tôn, đề nghị khen thưởng năm 2013, triển khai nhiệm vụ công tác năm 2014. "
            "(Đơn vị thực hiện: HĐTĐKT tỉnh; Ban TĐKT, Sở Nội vụ.)\n"
            "- Tổ chức Hội nghị tổng kết công tác TĐKT năm 2013, triển khai nhiệm vụ công tác "
            "TĐKT năm 2014 (Đơn vị thực hiện: UBND tỉnh; các đơn vị; Ban TĐKT, Sở Nội vụ.)\n"
            "II. GIẢI PHÁP CHỦ YẾU\n"
            "1. Các địa phương, đơn vị đẩy mạnh công tác tuyên truyền, giáo dục truyền thống "
            "yêu nước, các phong trào thi đua, gắn công tác thi đua, khen thưởng với cuộc vận "
            'động "Học tập và làm theo tấm gương đạo đức Hồ Chí Minh" nhằm nâng cao nhận '
            "thức, trách nhiệm của mỗi cá nhân, qua đó động viên, lôi cuốn các tầng lớp nhân "
            "dân tích cực tham gia các phong trào thi đua yêu nước trên tất cả các lĩnh vực "
            "của đời sống xã hội.\n"
            "2. Tiếp tục đổi mới, nâng cao chất lượng hoạt động của Hội đồng thi đua - Khen "
            "thưởng các cấp về công tác thi đua, khen thưởng; kiện toàn Hội đồng xét duyệt "
            "sáng kiến cấp cơ sở để xét tặng danh hiệu chiến sỹ thi đua cơ sở, cụ thể:\n"
            "- Mỗi cấp, ngành xây dựng kế hoạch kiểm tra, giám sát về thi đua, khen thưởng "
            "được ít nhất 30% số đơn vị thuộc cấp mình, ngành mình quản lý. Cụm thi đua duy "
            "trì hình thức kiểm tra chéo thẩm định kết quả chấm điểm thi đua cuối năm đối với "
            "100% đơn vị trong cụm.\n"
            "- Thực hiện nghiêm túc các quy trình, thủ tục công nhận danh hiệu thi đua; quy "
            "trình, thủ tục khen thưởng, trong đó đặc biệt chú ý khen thưởng đối với người "
            "trực tiếp lao động, sản xuất, tránh khen thưởng tràn lan. Phát hiện và khen "
            "thưởng kịp thời các điển hình tiên tiến.\n"
            "5. Chủ động phát hiện, bồi dưỡng, xây dựng và nhân rộng các điển hình tiên tiến, "
            "những cá nhân có hành động dũng cảm trong cuộc sống; quan tâm, chủ động đề xuất "
            "khen thưởng kịp thời cho các tập thể, cá nhân có thành tích xuất sắc đột xuất.\n"
            "Mỗi cấp, ngành, đơn vị có kế hoạch xây dựng, bồi dưỡng ít nhất 02 điển hình tiên "
            "tiến trong việc tổ chức các phong trào thi đua.\n"
            "III. TỔ CHỨC THỰC HIỆN\n"
            "1. Căn cứ kế hoạch và nội dung phát động phong trào thi đua yêu nước của Uỷ ban "
            "nhân dân tỉnh, các sở, ban, ngành, tổ chức đảng, đoàn thể, Ủy ban nhân dân các "
            "huyện, thành phố, các đơn vị trong cụm thi đua của tỉnh chủ động xây dựng chương "
            "trình, kế hoạch công tác thi đua, khen thưởng năm 2013; tích cực chỉ đạo, giám "
            "sát việc thực hiện kế hoạch, phát động và tổ chức các phong trào thi đua theo "
            "đợt, theo chuyên đề; theo dõi, đánh giá bình xét danh hiệu thi đua, hình thức "
            "khen thưởng phải khách quan, công bằng, chính xác, qua đó ngày càng nâng cao chất "
            "lượng công tác thi đua, khen thưởng và góp phần hoàn thành các mục tiêu, nhiệm vụ "
            "đề ra.\n"
            "Kế hoạch chương trình công tác thi đua, khen thưởng của các đơn vị, các cụm thi "
            "đua gửi về Sở Nội vụ (qua Ban Thi đua - Khen thưởng) trước ngày 25/02/2013 để "
            "theo dõi, tổng hợp, báo cáo.\n"
            "2. Các cơ quan thông tin đại chúng của tỉnh tăng cường công tác tuyên truyền Luật "
            "Thi đua, Khen thưởng; tình hình tổ chức các phong trào thi đua; nêu gương người "
            "tốt, việc tốt, các mô hình điển hình tiến.\n"
            "3. Giao Sở Nội vụ (Ban Thi đua - Khen thưởng, cơ quan Thường trực của Hội đồng "
            "Thi đua - Khen thưởng tỉnh) theo dõi, đôn đốc các cụm thi đua của tỉnh, các sở, "
            "ban, ngành, đoàn thể, đơn vị, các huyện, thành phố thực hiện kế hoạch, định kỳ "
            "tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Ban Thi đua - Khen thưởng Trung ương./.\n"
            "CHỦ TỊCH\n"
            "Vy Văn Thành"
        ),
    },
    {
        "number": "3441/UBND-KTTH",
        "doc_type": "cong_van",
        "issuer": "Ủy ban nhân dân tỉnh Lạng Sơn",
        "signer": "Phó Chủ tịch Lăng Văn Thuận",
        "issued_on": "2020-09-11",
        "effective_on": "2020-09-11",
        "status": "in_force",
        "replaced_by": None,
        "field": "Thi đua, khen thưởng",
        "title": (
            "Công văn 3441/UBND-KTTH về việc nâng cao chất lượng công tác thi đua, khen thưởng"
        ),
        "abstract": (
            "UBND tỉnh yêu cầu các sở, ban, ngành, đoàn thể, UBND các huyện, thành phố và các "
            "khối thi đua nâng cao chất lượng công tác thi đua, khen thưởng; không tiếp nhận "
            "hồ sơ khen thưởng gửi cận ngày hoặc quá thời hạn quy định."
        ),
        "body": (
            "Ngày 11/9/2020, UBND tỉnh ban hành Công văn số 3441/UBND-KTTH về việc nâng cao "
            "chất lượng công tác thi đua, khen thưởng.\n"
            "Để nâng cao chất lượng công tác thi đua, khen thưởng trong thời gian tới, UBND "
            "tỉnh yêu cầu Thủ trưởng các sở, ban ngành, đoàn thể tỉnh, Chủ tịch UBND các "
            "huyện, thành phố và đơn vị thành viên các khối thi đua thuộc tỉnh thực hiện tốt "
            "những nhiệm vụ chủ yếu sau:\n"
            "Phát huy tinh thần trách nhiệm, sâu sát cơ sở, nắm chắc tình hình, tập trung lãnh "
            "đạo, chỉ đạo, đẩy mạnh các phong trào thi đua thiết thực, hiệu quả, nội dung thi "
            "đua bám sát nhiệm vụ chính trị được giao và các nhiệm vụ, giải pháp chủ yếu thực "
            "hiện được mục tiêu vừa phòng chống có hiệu quả dịch bệnh Covid-19, vừa nỗ lực "
            "phục hồi kinh tế nhằm thực hiện thắng lợi các mục tiêu kế hoạch phát triển kinh "
            "tế - xã hội năm 2020 và kế hoạch 5 năm (2016 - 2020).\n"
            "Nâng cao chất lượng công tác khen thưởng và đề nghị cấp trên khen thưởng, phải "
            "bảo đảm kịp thời, đúng quy định, công khai, minh bạch. Trong xét khen thưởng cần "
            "tăng cường việc phát hiện các tập thể, cá nhân có thành tích tiêu biểu xuất sắc "
            "trong các phong trào thi đua; các điển hình là công nhân, nông dân, người trực "
            "tiếp lao động; đơn vị cơ sở, vùng sâu, vùng xa, biên giới; các lĩnh vực trọng "
            "tâm, trọng yếu, khó khăn, độc hại, nguy hiểm để khen thưởng kịp thời. Tập thể, cá "
            "nhân được đề nghị khen thưởng phải thực sự tiêu biểu, nỗ lực phấn đấu, đổi mới, "
            "sáng tạo, hoàn thành xuất sắc nhiệm vụ được giao, đạt chất lượng hiệu quả; hình "
            "thức khen thưởng phù hợp với thành tích, công trạng đạt được và được dư luận đồng "
            "tình, tránh đề nghị khen thưởng tràn lan, gây dư luận không tốt trong xã hội.\n"
            "Triển khai thực hiện nghiêm túc các quy định về Thi đua, khen thưởng; hồ sơ khen "
            "thưởng trình phải đảm bảo đúng quy định, đúng quy trình, thủ tục, tính chính xác "
            "về thành tích khi trình Ủy ban nhân dân tỉnh khen thưởng; thực hiện nghiêm túc "
            "thời gian trình khen thưởng theo đúng quy định.\n"
            "UBND tỉnh giao Sở Nội vụ cung cấp đầy đủ mức độ hoàn thành, số lượng, chất lượng "
            "công tác chuyên môn của các tập thể, cá nhân được đề nghị khen thưởng nhằm đảm "
            "bảo việc khen thưởng được thực chất và đúng với thành tích đạt được.\n"
            "Giao Ban Thi đua - Khen thưởng tỉnh (Cơ quan thường trực của Hội đồng Thi đua - "
            "Khen thưởng tỉnh) không xem xét, đề nghị khen thưởng đối với những hồ sơ không "
            "đảm bảo theo quy định; không tiếp nhận và trình khen thưởng đối với những hồ sơ "
            "gửi cận ngày hoặc quá thời gian theo quy định (trừ trường hợp khen thưởng đột "
            "xuất hoặc có quy định khác của UBND tỉnh). Hướng dẫn, kiểm tra các đơn vị, địa "
            "phương trên địa bàn tỉnh tổ chức thực hiện nghiêm túc quy định về công tác thi "
            "đua, khen thưởng.\n"
            "Phối hợp các cơ quan, đơn vị có liên quan tham mưu kiện toàn Hội đồng Thi đua - "
            "Khen thưởng tỉnh theo hướng tinh gọn, hiệu lực, hiệu quả; nghiên cứu sửa đổi Quy "
            "chế hoạt động của Hội đồng Thi đua - Khen thưởng tỉnh theo hướng tăng cường hơn "
            "nữa việc tổ chức họp Hội đồng để thảo luận lấy phiếu biểu quyết về công tác thi "
            "đua khen thưởng, nhất là khen thưởng cấp Nhà nước./."
        ),
    },
    {
        "number": "1657/QĐ-UBND",
        "doc_type": "quyet_dinh",
        "issuer": "Ủy ban nhân dân tỉnh Lạng Sơn",
        "signer": "Chủ tịch Hồ Tiến Thiệu",
        "issued_on": "2021-08-19",
        "effective_on": "2021-08-19",
        "status": "in_force",
        "replaced_by": None,
        "field": "Thi đua, khen thưởng",
        "title": (
            "Quyết định 1657/QĐ-UBND phê duyệt Đề án nâng cao chất lượng công tác thi đua, "
            "khen thưởng giai đoạn 2021 – 2025"
        ),
        "abstract": (
            "Phê duyệt Đề án “Nâng cao chất lượng công tác thi đua, khen thưởng trên địa bàn "
            "tỉnh Lạng Sơn giai đoạn 2021 - 2025”, đặt chỉ tiêu khen thưởng tập thể nhỏ, người "
            "lao động trực tiếp, công nhân, nông dân và yêu cầu nâng cấp Trang thông tin điện "
            "tử của Hội đồng."
        ),
        "body": (
            "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\n"
            "Số: 1657/QĐ-UBND\n"
            "Lạng Sơn, ngày 19 tháng 8 năm 2021\n"
            "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015; Luật sửa đổi, bổ sung "
            "một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương "
            "ngày 22/11/2019;\n"
            "Căn cứ Luật Thi đua, khen thưởng ngày 26/11/2003; Luật sửa đổi, bổ sung một số "
            "điều của Luật Thi đua, khen thưởng ngày 14/6/2005 và Luật sửa đổi, bổ sung một số "
            "điều của Luật Thi đua, khen thưởng ngày 16/11/2013;\n"
            "Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31/7/2017 của Chính phủ quy định chi tiết "
            "thi hành một số điều của Luật Thi đua, khen thưởng;\n"
            "Căn cứ Thông tư số 12/2019/TT-BNV ngày 04/11/2019 của Bộ trưởng Bộ Nội vụ quy "
            "định chi tiết thi hành một số điều của Nghị định số 91/2017/NĐ-CP ngày 31/7/2017 "
            "của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen "
            "thưởng;\n"
            "Căn cứ Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị về tiếp tục đổi mới "
            "công tác thi đua, khen thưởng;\n"
            "Căn cứ Chỉ thị số 30-CT/TU ngày 18/11/2014 của Ban Thường vụ Tỉnh ủy về tiếp tục "
            "đổi mới công tác thi đua, khen thưởng trên địa bàn tỉnh Lạng Sơn;\n"
            "Căn cứ Kết luận số 1160-KL/TU ngày 25/12/2019 của Ban Thường vụ Tỉnh ủy về tiếp "
            "tục thực hiện Chỉ thị số 30-CT/TU, ngày 18/11/2014 của Ban Thường vụ Tỉnh ủy về "
            "tiếp tục đổi mới công tác thi đua, khen thưởng trên địa bàn tỉnh Lạng Sơn;\n"
            "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 417/TTr-SNV ngày 10/8/2021.\n"
            "QUYẾT ĐỊNH:\n"
            "Điều 1. Phê duyệt kèm theo Quyết định này Đề án “Nâng cao chất lượng công tác thi "
            "đua, khen thưởng trên địa bàn tỉnh Lạng Sơn giai đoạn 2021 - 2025”.\n"
            "Điều 2. Chánh Văn phòng UBND tỉnh; Thủ trưởng các sở, ban, ngành; Chủ tịch UBND "
            "các huyện, thành phố và các cơ quan, đơn vị liên quan chịu trách nhiệm thi hành "
            "Quyết định này./.\n"
            "TM. ỦY BAN NHÂN DÂN\n"
            "ĐỀ ÁN: NÂNG CAO CHẤT LƯỢNG CÔNG TÁC THI ĐUA, KHEN THƯỞNG TRÊN ĐỊA BÀN TỈNH LẠNG "
            "SƠN GIAI ĐOẠN 2021 - 2025\n"
            "(Ban hành kèm theo Quyết định số: 1657/QĐ-UBND ngày 19/8/2021 của UBND tỉnh Lạng "
            "Sơn)\n"
            "THỰC TRẠNG CÔNG TÁC THI ĐUA, KHEN THƯỞNG GIAI ĐOẠN 2015 - 2020\n"
            "Các cấp trình khen thưởng đã quan tâm hướng về cơ sở, vùng sâu, vùng xa, vùng khó "
            "khăn, khen thưởng cho các tập thể nhỏ, cá nhân trực tiếp lao động sản xuất, tỷ lệ "
            "khen thưởng cấp Nhà nước cho các tập thể nhỏ đạt 55%, người lao động trực tiếp "
            "đạt 16,7%, đối tượng là công nhân, nông dân đạt 3,49%; tỷ lệ khen thưởng cấp tỉnh "
            "đối với người lao động trực tiếp bình quân giai đoạn 2015 - 2020 đạt 70,4% (trong "
            "đó khen thưởng cho công nhân, nông dân chiếm 17,21%), tập thể nhỏ, đơn vị cơ sở "
            "đạt 75%.\n"
            "1.1. Mục tiêu chung\n"
            "Phong trào thi đua yêu nước và công tác khen thưởng phải phát huy được sức mạnh "
            "của khối đại đoàn kết các dân tộc, của cả hệ thống chính trị góp phần tích cực "
            "vào phát triển kinh tế - xã hội. Phong trào thi đua phải trở thành động lực to "
            "lớn, góp phần xây dựng Lạng Sơn phát triển nhanh, toàn diện và bền vững; nâng cao "
            "đời sống vật chất và tinh thần của Nhân dân; tăng cường quốc phòng, an ninh, đối "
            "ngoại, bảo đảm biên giới hòa bình, hữu nghị, hợp tác và phát triển; xây dựng Đảng "
            "và hệ thống chính trị trong sạch, vững mạnh.\n"
            "1.2. Mục tiêu cụ thể\n"
            "- Phong trào thi đua phải thiết thực, có sức lan tỏa và bao quát toàn bộ các mặt "
            "của đời sống xã hội. Nội dung và phương pháp tổ chức phong trào thi đua phải được "
            "gắn kết chặt chẽ với việc thực hiện nhiệm vụ chính trị, mục tiêu, chỉ tiêu phát "
            "triển kinh tế - xã hội của tỉnh.\n"
            "- Hàng năm 100% sở, ban, ngành, Mặt trận Tổ quốc, các đoàn thể chính trị - xã hội "
            "tỉnh, các huyện, thành phố, các doanh nghiệp thuộc cụm, khối thi đua của tỉnh tổ "
            "chức phát động và ký kết giao ước thi đua. 100% các phong trào thi đua đã phát "
            "động xây dựng được tiêu chí cụ thể, thiết thực, có sơ kết, tổng kết và biểu dương "
            "khen thưởng.\n"
            "- Công tác khen thưởng hướng trọng tâm về cơ sở, người lao động trực tiếp thông "
            "qua các quy chế khen thưởng cho các đối tượng cụ thể như: công nhân, nông dân, "
            "phụ nữ, thanh niên, giáo viên, y bác sĩ...; phấn đấu nâng tỷ lệ khen thưởng cấp "
            "Nhà nước trong giai đoạn 2021 - 2025 cho các tập thể nhỏ đạt 60%, người lao động "
            "trực tiếp đạt trên 20%, công nhân, nông dân đạt tỷ lệ 5% trở lên; tỷ lệ khen "
            "thưởng cấp tỉnh cho người lao động trực tiếp đạt tỷ lệ trên 75% (trong đó có trên "
            "20% là công nhân, nông dân); tỷ lệ khen thưởng đối với tập thể nhỏ, đơn vị cơ sở "
            "tiếp tục duy trì tỷ lệ trên 75%.\n"
            "2. Nội dung nâng cao chất lượng công tác TĐKT giai đoạn 2021 - 2025\n"
            "2.2. Nâng cao chất lượng công tác khen thưởng\n"
            "- Rà soát, xây dựng, điều chỉnh, bổ sung chính sách khen thưởng; ban hành quy "
            "định mới về công tác TĐKT trên địa bàn tỉnh; phong trào thi đua yêu nước của tỉnh "
            "và tăng tỷ lệ trình khen đối với các tập thể nhỏ, đơn vị ở cơ sở, cá nhân là "
            "người trực tiếp lao động, sản xuất, công tác, chiến đấu.\n"
            "- Chú trọng công tác biểu dương khen thưởng cho các đối tượng là giáo viên, y bác "
            "sĩ, thanh niên, công nhân, nông dân, gia đình tiêu biểu, người tốt việc tốt trên "
            "địa bàn tỉnh.\n"
            "- Thực hiện đúng quy trình bình xét, bảo đảm tiêu chuẩn, tiêu chí các danh hiệu "
            "thi đua và hình thức khen thưởng; khen thưởng chính xác, kịp thời, công khai, "
            "minh bạch; đề cao trách nhiệm của người đứng đầu cơ quan, đơn vị trong công tác "
            "khen thưởng, nhất là trong việc phát hiện điển hình, nhân tố mới để khen thưởng "
            "và đề nghị khen thưởng. Công khai danh sách các tập thể, cá nhân được Chủ tịch "
            "nước, Thủ tướng Chính phủ và Chủ tịch UBND tỉnh khen thưởng trên Trang thông tin "
            "điện tử của Hội đồng TĐKT tỉnh.\n"
            "2.6. Cải cách hành chính về TĐKT\n"
            "- Nâng cấp chất lượng và hiệu quả của Trang thông tin điện tử của Hội đồng TĐKT "
            "tỉnh đáp ứng các yêu cầu: thông tin kịp thời về đường lối, chủ trương của Đảng, "
            "chính sách pháp luật của Nhà nước và các quy định của tỉnh về công tác TĐKT; kịp "
            "thời thông tin về các hoạt động, phong trào thi đua diễn ra trên địa bàn tỉnh; "
            "trao đổi nghiệp vụ về TĐKT; thực hiện đăng ký thi đua, báo cáo kết quả phong trào "
            "thi đua trực tuyến; đăng tải các văn bản về TĐKT và quyết định khen thưởng (cấp "
            "Nhà nước và cấp tỉnh); thực hiện tốt việc lấy ý kiến công dân, tổ chức đối với "
            "các danh hiệu thi đua và hình thức khen thưởng theo quy định; đổi mới, nâng cao "
            "chất lượng nội dung tuyên truyền các bài viết, hình ảnh, phim ngắn, các gương "
            "điển hình tiên tiến; tiếp nhận, xử lý các góp ý, đề xuất và giải đáp thắc mắc của "
            "tổ chức, công dân liên quan đến công tác TĐKT.\n"
            "Tổ chức thực hiện\n"
            "1. Sở Nội vụ chủ trì, phối hợp với các cơ quan liên quan triển khai các nội dung "
            "của Đề án; tổng hợp, theo dõi, đôn đốc, kiểm tra các cơ quan, đơn vị trong công "
            "tác triển khai thực hiện Đề án; đề xuất điều chỉnh, bổ sung các giải pháp đổi mới "
            "nâng cao chất lượng công tác TĐKT trên địa bàn tỉnh cho phù hợp với các quy định "
            "của Nhà nước và tình hình thực tiễn của tỉnh; định kỳ hàng năm, giai đoạn đánh "
            "giá kết quả triển khai Đề án báo cáo UBND tỉnh kết quả tổ chức triển khai thực "
            "hiện.\n"
            "2. Sở Tài chính chủ trì, phối hợp với các cơ quan, đơn vị liên quan tham mưu cho "
            "UBND tỉnh bố trí kinh phí từ nguồn ngân sách của tỉnh để triển khai, thực hiện "
            "các nội dung của Đề án.\n"
            "3. Các cụm, khối thi đua, các sở, ban, ngành, UBND các huyện, thành phố, Mặt trận "
            "Tổ quốc Việt Nam tỉnh, các cơ quan Đảng, các tổ chức chính trị - xã hội, các hội, "
            "đoàn thể, cơ quan Trung ương đóng trên địa bàn tỉnh căn cứ các nội dung của Đề án "
            "để xây dựng kế hoạch tổ chức thực hiện; tiếp tục đẩy mạnh phong trào thi đua yêu "
            "nước với những nội dung cụ thể, thiết thực, phù hợp với điều kiện thực tế của "
            "cụm, khối thi đua, cơ quan, đơn vị.\n"
            "Yêu cầu các cơ quan, đơn vị liên quan nghiêm túc triển khai thực hiện. Trong quá "
            "trình triển khai thực hiện Đề án nếu có phát sinh vướng mắc, đề nghị các cơ quan, "
            "đơn vị phản ánh về Sở Nội vụ để tổng hợp, báo cáo UBND tỉnh xem xét, chỉ đạo thực "
            "hiện./."
        ),
    },
    {
        "number": "962/SNV-TĐKT",
        "doc_type": "huong_dan",
        "issuer": "Sở Nội vụ tỉnh Lạng Sơn",
        "signer": "Phó Giám đốc Triệu Văn Hùng",
        "issued_on": "2024-03-13",
        "effective_on": "2024-03-13",
        "status": "in_force",
        "replaced_by": None,
        "field": "Thi đua, khen thưởng",
        "title": (
            "Văn bản 962/SNV-TĐKT hướng dẫn đề cương báo cáo tổng kết 10 năm thực hiện Chỉ thị "
            "số 34-CT/TW"
        ),
        "abstract": (
            "Sở Nội vụ hướng dẫn các cơ quan, đơn vị, địa phương xây dựng báo cáo tổng kết 10 "
            "năm thực hiện Kế hoạch số 4724/KH-UBND ngày 30/9/2014 triển khai Chỉ thị số "
            "34-CT/TW theo đề cương thống nhất."
        ),
        "body": (
            "ĐỀ CƯƠNG\n"
            "Báo cáo tổng kết 10 năm thực hiện Kế hoạch số 4724/KH-UBND ngày 30/9/2014 của Ủy "
            "ban nhân dân tỉnh triển khai thực hiện Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ "
            "Chính trị và Chỉ thị số 52-CT/TU ngày 28/5/2014 của Tỉnh ủy “về tiếp tục đổi mới "
            "công tác thi đua, khen thưởng”\n"
            "(Kèm theo Văn bản số 962/SNV-TĐKT ngày 13 tháng 3 năm 2024 của Sở Nội vụ)\n"
            "I. KHÁI QUÁT ĐẶC ĐIỂM TÌNH HÌNH\n"
            "- Đặc điểm tình hình\n"
            "- Thuận lợi\n"
            "- Khó khăn\n"
            "II. KẾT QUẢ 10 NĂM TRIỂN KHAI THỰC HIỆN\n"
            "1. Công tác lãnh đạo, chỉ đạo của các cấp ủy đảng, chính quyền về triển khai thực "
            "hiện Chỉ thị.\n"
            "a) Công tác quán triệt tuyên truyền đường lối, chủ trương của Đảng, tư tưởng về "
            "thi đua yêu nước của Chủ tịch Hồ Chí Minh, chính sách, pháp luật của Nhà nước về "
            "thi đua khen thưởng.\n"
            "b) Việc ban hành các Chỉ thị, Nghị quyết của các cấp ủy đảng và chính quyền các "
            "cấp.\n"
            "c) Xây dựng, ban hành cơ chế, chính sách, văn bản triển khai, hướng dẫn của cơ "
            "quan quản lý nhà nước, cơ quan chuyên môn.\n"
            "2. Việc đổi mới nội dung, hình thức, phương pháp tổ chức các phong trào thi đua "
            "yêu nước\n"
            "a) Việc xây dựng nội dung, hình thức tổ chức triển khai các phong trào thi đua "
            "yêu nước do Thủ tướng Chính phủ phát động và các phong trào thi đua của bộ, ban, "
            "ngành, địa phương\n"
            "b) Việc kiểm tra, đánh giá, sơ kết, tổng kết các phong trào thi đua và lựa chọn "
            "các tập thể, cá nhân có thành tích tiêu biểu xuất sắc trong các phong trào thi "
            "đua để biểu dương, khen thưởng.\n"
            "c) Công tác phát hiện, bồi dưỡng, tuyên truyền, nhân rộng điển hình tiên tiến, "
            "trong đó nêu rõ hình thức và giải pháp triển khai, thực hiện.\n"
            "3. Việc đổi mới công tác khen thưởng đảm bảo chính xác, kịp thời, công khai, minh "
            "bạch; coi trọng việc phát hiện lựa chọn các tập thể, cá nhân có thành tích xuất "
            "sắc để khen thưởng.\n"
            "a) Vai trò trách nhiệm của người đứng đầu trong việc phát hiện điển hình tiên "
            "tiến để khen thưởng và đề nghị cấp có thẩm quyền khen thưởng.\n"
            "b) Việc khen thưởng đối với tập thể nhỏ, công nhân, nông dân, người lao động trực "
            "tiếp sản xuất, kinh doanh, cán bộ, chiến sĩ các lực lượng vũ trang, dân quân, tự "
            "vệ, công an xã, bảo vệ dân phố, dân phòng, bảo vệ cơ quan, doanh nghiệp; quan tâm "
            "khen thưởng cơ sở, vùng sâu, vùng xa, vùng biên giới, hải đảo và vùng dân tộc "
            "thiểu số.\n"
            "c) Công tác khen thưởng kháng chiến và thực hiện chế độ, chính sách đối với các "
            "đối tượng có công lao, thành tích, cống hiến trong các cuộc kháng chiến của dân "
            "tộc.\n"
            "d) Việc khen thưởng cho các tập thể, cá nhân người nước ngoài có đóng góp trong "
            "công cuộc xây dựng, phát triển kinh tế - xã hội, an ninh quốc phòng của Việt Nam "
            "và có thành tích trong việc củng cố, phát triển mối quan hệ hữu nghị, hợp tác "
            "giữa Việt Nam với các nước, các tổ chức quốc tế.\n"
            "e) Công tác cải cách thủ tục hành chính, ứng dụng công nghệ thông tin trong lĩnh "
            "vực thi đua, khen thưởng.\n"
            "(Báo cáo nêu cụ thể số liệu đã được khen thưởng cấp tỉnh và cấp Nhà nước từ năm "
            "2014 đến hết năm 2023)\n"
            "4. Việc kiện toàn bộ máy làm công tác thi đua, khen thưởng các cấp.\n"
            "III. ĐÁNH GIÁ CHUNG\n"
            "1. Đánh giá chung\n"
            "a) Ưu điểm\n"
            "b) Tồn tại, hạn chế\n"
            "2. Nguyên nhân của tồn tại, hạn chế\n"
            "a) Khách quan\n"
            "b) Chủ quan\n"
            "3. Bài học kinh nghiệm.\n"
            "IV. KIẾN NGHỊ, ĐỀ XUẤT"
        ),
    },
    {
        "number": "376/KH-VPUB",
        "doc_type": "ke_hoach",
        "issuer": "Văn phòng Ủy ban nhân dân tỉnh Sơn La",
        "signer": "Chánh Văn phòng Nguyễn Huy Anh",
        "issued_on": "2021-12-28",
        "effective_on": "2021-12-28",
        "status": "expired",
        "replaced_by": None,
        "field": "Thi đua, khen thưởng",
        "title": (
            "Kế hoạch triển khai, thực hiện công tác thi đua, khen thưởng năm 2022 của Văn "
            "phòng UBND tỉnh Sơn La"
        ),
        "abstract": (
            "Văn phòng UBND tỉnh Sơn La triển khai Kế hoạch số 289/KH-UBND ngày 16/12/2021 của "
            "UBND tỉnh Sơn La về công tác thi đua, khen thưởng năm 2022; giới thiệu, biểu "
            "dương điển hình tiên tiến trên Trang thông tin điện tử của Văn phòng."
        ),
        "body": (
            "Sơn La, ngày tháng 12 năm 2021\n"
            "KẾ HOẠCH\n"
            "Triển khai, thực hiện công tác thi đua, khen thưởng năm 2022 của Văn phòng UBND "
            "tỉnh\n"
            "Thực hiện Kế hoạch số 289/KH-UBND ngày 16/12/2021 của UBND tỉnh Sơn La về triển "
            "khai, thực hiện công tác thi đua khen thưởng năm 2022. Để các phong trào thi đua "
            "của cơ quan Văn phòng đạt hiệu quả thiết thực, góp phần thực hiện thắng lợi các "
            "mục tiêu, nhiệm vụ chính trị được giao. Văn phòng UBND tỉnh ban hành Kế hoạch "
            "triển khai, thực hiện công tác thi đua, khen thưởng năm 2022 với những nội dung "
            "sau:\n"
            "I. MỤC ĐÍCH, YÊU CẦU\n"
            "1. Mục đích\n"
            "Nhằm nâng cao trách nhiệm của người đứng đầu các phòng, ban, đơn vị trực thuộc "
            "Văn phòng trong việc triển khai thực hiện công tác thi đua, khen thưởng.\n"
            "Phát huy sức mạnh tổng hợp của cả hệ thống chính trị và các tầng lớp nhân dân; "
            "tiếp tục hưởng ứng, tổ chức triển khai thực hiện có hiệu quả các phong trào thi "
            "đua trên tất cả các lĩnh vực, phấn đấu hoàn thành thắng lợi nhiệm vụ phát triển "
            "kinh tế - xã hội năm 2022 và giai đoạn 2021-2025 của tỉnh.\n"
            "Nâng cao chất lượng công tác khen thưởng; kịp thời biểu dương các tập thể, cá "
            "nhân lập thành tích xuất sắc trong công tác, lao động và học tập...phục vụ có "
            "hiệu quả cho công tác bồi dưỡng và nhân rộng điển hình tiên tiến.\n"
            "2. Yêu cầu\n"
            "Các phòng, ban, đơn vị căn cứ nội dung kế hoạch triển khai thực hiện phong trào "
            "thi đua và công tác khen thưởng phù hợp với đặc điểm tình hình và gắn với nhiệm "
            "vụ chính trị được giao thuộc chức năng nhiệm vụ phòng, ban, đơn vị mình, đảm bảo "
            "thực hiện đồng bộ, thiết thực, hiệu quả.\n"
            "Nâng cao chất lượng công tác khen thưởng, chú trọng khen thưởng thành tích đột "
            "xuất, chuyên đề, khen thưởng tập thể nhỏ và người lao động trực tiếp; đảm bảo "
            "khen thưởng chính xác, kịp thời, công khai và minh bạch.\n"
            "II. NỘI DUNG THỰC HIỆN\n"
            "1. Tuyên truyền các văn bản về thi đua, khen thưởng\n"
            "Tiếp tục tập trung tuyên truyền, phổ biến các văn bản của Đảng, Nhà nước và của "
            "tỉnh về công tác thi đua, khen thưởng, trọng tâm là: Chỉ thị số 34-CT/TW ngày "
            "07/4/2014 của Bộ Chính trị về tiếp tục đổi mới công tác thi đua khen thưởng; Luật "
            "Thi đua, khen thưởng và các văn bản hướng dẫn thi hành Luật Thi đua, khen thưởng; "
            "Chỉ thị số 07/CT-TTg ngày 19/3/2014 của Thủ tướng Chính phủ về đẩy mạnh phòng "
            "chống tiêu cực trong công tác quản lý công chức, viên chức và thi đua, khen "
            "thưởng; Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ về việc phát "
            "động thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội hàng năm và "
            "kế hoạch 5 năm (2021-2025) theo Nghị quyết Đại hội Đại biểu toàn quốc lần thứ "
            "XIII của Đảng; Các quyết định ban hành Quy chế Thi đua, khen thưởng của tỉnh; Chỉ "
            "thị số 11/CT-UBND ngày 13/10/2020 về phát động thi đua thực hiện thắng lợi nhiệm "
            "vụ phát triển kinh tế - xã hội, đảm bảo quốc phòng, an ninh giai đoạn 2020-2025; "
            "Kế hoạch số 289/KH-UBND ngày 16/12/2021 của UBND tỉnh về triển khai, thực hiện "
            "công tác thi đua khen thưởng năm 2022...\n"
            "Trung tâm Thông tin và các phòng, ban, đơn vị phối hợp xây dựng chuyên trang, "
            "chuyên mục tuyên truyền về phong trào thi đua, công tác khen thưởng; giới thiệu, "
            "tuyên dương các gương điển hình tiên tiến, các cách làm hay, các mô hình tiêu "
            "biểu trong phong trào thi đua.\n"
            "2. Tổ chức triển khai thực hiện các phong trào thi đua yêu nước\n"
            "Tiếp tục triển khai thực hiện các phong trào thi đua theo chuyên đề do Thủ tướng "
            "Chính phủ phát động và các phong trào thi đua giai đoạn 2021-2025 của tỉnh gắn "
            "với “mục tiêu kép” vừa phòng chống dịch Covid-19 vừa phát triển kinh tế - xã hội.\n"
            "Phát động phong trào thi đua năm 2022 và các phong trào thi đua theo chuyên đề "
            "gắn với những sự kiện chính trị trọng tâm của tỉnh và của cơ quan Văn phòng. Căn "
            "cứ chỉ tiêu, nhiệm vụ chính trị và tình hình thực tiễn để xây dựng nội dung, tiêu "
            "chí thi đua phù hợp với cơ quan Văn phòng đảm bảo thiết thực, hiệu quả.\n"
            "Xây dựng, ban hành các văn bản hướng dẫn thực hiện các quy định của pháp luật về "
            "thi đua, khen thưởng.\n"
            "Tổ chức sơ kết, tổng kết, báo cáo kết quả thực hiện các phong trào thi đua năm "
            "2022 và triển khai nhiệm vụ trọng tâm năm 2023.\n"
            "3. Đẩy mạnh công tác biểu dương, phát triển điển hình tiên tiến từ các phong trào "
            "thi đua, chú trọng thực hiện đồng bộ: Phát hiện - Bồi dưỡng - Tổng kết - Nhân "
            "rộng.\n"
            "4. Thực hiện công tác khen thưởng gắn với kết quả thực hiện nhiệm vụ chính trị; "
            "sơ kết, tổng kết các phong trào thi đua; đảm bảo khen thưởng và trình khen thưởng "
            "đúng tiêu chuẩn, kịp thời, công khai, minh bạch; chú trọng khen thưởng thành tích "
            "chuyên đề và đột xuất\n"
            "5. Tiếp tục nâng cao chất lượng hoạt động của Hội đồng thi đua, khen thưởng của "
            "Văn phòng theo quy định. Phát huy vai trò, trách nhiệm của các thành viên hội "
            "đồng trong việc tham mưu cho Đảng ủy và Văn phòng tổ chức triển khai các phong "
            "trào thi đua và thực hiện chính sách pháp luật về khen thưởng.\n"
            "6. Tham gia tập huấn bồi dưỡng nghiệp vụ công tác thi đua, khen thưởng cho công "
            "chức, viên chức tham mưu công tác thi đua, khen thưởng của Văn phòng và của các "
            "phòng, ban, đơn vị.\n"
            "7. Tăng cường công tác kiểm tra, giám sát; đổi mới việc tổ chức phong trào thi "
            "đua, công tác khen thưởng. Giải quyết kịp thời các kiến nghị, thắc mắc của cán "
            "bộ, công chức, viên chức và người lao động có liên quan tới công tác thi đua, "
            "khen thưởng.\n"
            "8. Tăng cường thực hiện việc ứng dụng công nghệ thông tin trong công tác thi đua, "
            "khen thưởng; đảm bảo thực hiện đạt yêu cầu theo quy định về thủ tục hành chính "
            "trong lĩnh vực thi đua, khen thưởng.\n"
            "(Có nhiệm vụ trọng tâm kèm theo)\n"
            "III. TỔ CHỨC THỰC HIỆN\n"
            "1. Phòng Tổ chức - Hành chính - Quản trị\n"
            "Chủ trì, phối hợp với các phòng, ban, đơn vị có liên quan tham mưu tổ chức các "
            "phong trào thi đua theo Kế hoạch thiết thực, hiệu quả; thực hiện công tác khen "
            "thưởng kịp thời, chính xác theo quy định.\n"
            "Tham mưu với Lãnh đạo Văn phòng cử công chức, viên chức làm công tác thi đua, "
            "khen thưởng của Văn phòng và các phòng, ban, đơn vị tham gia tập huấn, bồi dưỡng "
            "nghiệp vụ công tác thi đua, khen thưởng do cơ quan quản lý tổ chức.\n"
            "Xây dựng kế hoạch triển khai, thực hiện công tác thi đua, khen thưởng theo yêu "
            "cầu của cấp trên.\n"
            "Phối hợp với các phòng, ban, đơn vị tham mưu với Lãnh đạo Văn phòng tổ chức các "
            "hội nghị sơ kết, tổng kết các phong trào thi đua của Văn phòng năm 2022.\n"
            "Theo dõi, đôn đốc các phòng, ban, đơn vị thực hiện kế hoạch; định kỳ tổng hợp, "
            "báo cáo UBND tỉnh (qua Sở Nội vụ) theo quy định.\n"
            "2. Các phòng, ban, đơn vị\n"
            "Căn cứ kế hoạch này tổ chức triển khai các phong trào thi đua phù hợp với chức "
            "năng, nhiệm vụ được giao, đảm bảo hiệu quả, thiết thực; định kỳ báo cáo Chánh Văn "
            "phòng (qua phòng Tổ chức - Hành chính - Quản trị) theo quy định.\n"
            "Giới thiệu, biểu dương các điển hình tiên tiến trên Trang thông tin điện tử của "
            "Văn phòng và giới thiệu về Thường trực Hội đồng thi đua, khen thưởng của Văn "
            "phòng để tuyên truyền.\n"
            "Xây dựng điển hình trong từng lĩnh vực, đề xuất tôn vinh kịp thời cho các tập "
            "thể, cá nhân có thành tích tiêu biểu, xuất sắc.\n"
            "3. Thành viên Hội đồng thi đua, khen thưởng Văn phòng\n"
            "Tăng cường chỉ đạo, hướng dẫn thực hiện phong trào thi đua và công tác khen "
            "thưởng nhằm nâng cao hiệu quả của các phong trào thi đua của cơ quan Văn phòng.\n"
            "4. Trung tâm thông tin\n"
            "Xây dựng các chuyên trang, chuyên mục để tuyên truyền những quy định của Nhà nước "
            "về công tác thi đua khen thưởng và tuyên truyền gương người tốt, việc tốt, điển "
            "hình tiên tiến từ các phong trào thi đua thuộc cơ quan Văn phòng.\n"
            "Trên đây là kế hoạch triển khai, thực hiện nhiệm vụ công tác thi đua, khen thưởng "
            "của Văn phòng năm 2022; yêu cầu các phòng, ban, đơn vị nghiêm túc triển khai thực "
            "hiện./.\n"
            "CHÁNH VĂN PHÒNG\n"
            "Nguyễn Huy Anh"
        ),
    },
    {
        "number": "26/KH-UBND",
        "doc_type": "ke_hoach",
        "issuer": "Ủy ban nhân dân tỉnh Lạng Sơn",
        "signer": "Phó Chủ tịch Hà Minh Tuấn",
        "issued_on": "2026-02-09",
        "effective_on": "2026-02-09",
        "status": "in_force",
        "replaced_by": None,
        "field": "Thi đua, khen thưởng",
        "title": "Kế hoạch 26/KH-UBND công tác thi đua, khen thưởng năm 2026",
        "abstract": (
            "Kế hoạch công tác thi đua, khen thưởng năm 2026 của tỉnh Lạng Sơn: nhiệm vụ theo "
            "quý, đăng ký thi đua trực tuyến trước ngày 31/3/2026, chỉ tiêu khen thưởng người "
            "lao động trực tiếp, công nhân, nông dân và tập thể nhỏ."
        ),
        "body": (
            "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\n"
            "Số: 26/KH-UBND\n"
            "Lạng Sơn, ngày 09 tháng 02 năm 2026\n"
            "KẾ HOẠCH\n"
            "Công tác thi đua, khen thưởng năm 2026\n"
            "Căn cứ Luật Thi đua, khen thưởng ngày 15/6/2022; Nghị định số 152/2025/NĐ-CP ngày "
            "14/6/2025 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, "
            "khen thưởng; Thông tư số 15/2025/TT-BNV ngày 04/8/2025 của Bộ trưởng Bộ Nội vụ; "
            "Ủy ban nhân dân tỉnh Lạng Sơn xây dựng Kế hoạch công tác thi đua, "
            "khen thưởng năm 2026 như sau:\n"
            "I. MỤC ĐÍCH, YÊU CẦU\n"
            "Động viên cán bộ, công chức, viên chức, người lao động, doanh nghiệp và Nhân dân "
            "các dân tộc trong tỉnh thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế – "
            "xã hội năm 2026, năm đầu thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần "
            "thứ XVIII và năm đầu các xã, phường vận hành trọn vẹn mô hình chính quyền địa "
            "phương hai cấp.\n"
            "Phong trào thi đua phải có tiêu chí cụ thể, dễ thực hiện, dễ kiểm tra; khen "
            "thưởng chính xác, kịp thời, công khai, minh bạch, hướng về cơ sở, người lao động "
            "trực tiếp, công nhân, nông dân.\n"
            "II. NỘI DUNG VÀ THỜI GIAN THỰC HIỆN\n"
            "Quý I: các cụm, khối thi đua và các cơ quan, đơn vị tổng kết công tác thi đua, "
            "khen thưởng năm 2025, ký kết giao ước thi đua năm 2026; Ủy ban nhân dân tỉnh phát "
            "động phong trào thi đua yêu nước năm 2026; các cơ quan, đơn vị đăng ký danh hiệu "
            "thi đua và chỉ tiêu thi đua trực tuyến tại mục Đăng ký thi đua trên Cổng thông "
            "tin Thi đua – Khen thưởng trước ngày 31/3/2026.\n"
            "Quý II: tổ chức đợt thi đua lập thành tích chào mừng kỷ niệm 78 năm Ngày Chủ tịch "
            "Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc (11/6/1948 – 11/6/2026); tập huấn "
            "nghiệp vụ thi đua, khen thưởng cho công chức phụ trách công tác thi đua, khen "
            "thưởng của các xã, phường.\n"
            "Quý III: sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm trong tháng 7/2026; "
            "thẩm định, xét khen thưởng ngành Giáo dục và Đào tạo năm học 2025 – 2026; Hội "
            "đồng Thi đua – Khen thưởng tỉnh kiểm tra công tác thi đua, khen thưởng tại các cơ "
            "quan, đơn vị theo kế hoạch.\n"
            "Quý IV: công khai danh sách tập thể, cá nhân được đề nghị khen thưởng cấp Nhà "
            "nước để lấy ý kiến Nhân dân trên Cổng thông tin ít nhất 10 ngày làm việc trước "
            "phiên họp của Hội đồng; các cụm thi đua kiểm tra chéo, chấm điểm đối với 100% đơn "
            "vị trong cụm, bình xét, suy tôn và đề nghị khen thưởng năm 2026.\n"
            "III. CHỈ TIÊU\n"
            "Tỷ lệ khen thưởng cấp tỉnh cho người lao động trực tiếp đạt trên 75%, trong đó "
            "công nhân, nông dân trên 20%; tập thể nhỏ, đơn vị cơ sở trên 75%. Mỗi cơ quan, "
            "đơn vị xây dựng ít nhất 02 điển hình tiên tiến; 100% hồ sơ đề nghị khen thưởng "
            "được tiếp nhận và giải quyết đúng hạn.\n"
            "IV. TỔ CHỨC THỰC HIỆN\n"
            "Sở Nội vụ (Ban Thi đua – Khen thưởng, cơ quan thường trực của Hội đồng Thi đua – "
            "Khen thưởng tỉnh) theo dõi, đôn đốc các sở, ban, ngành, đoàn thể tỉnh, Ủy ban "
            "nhân dân các xã, phường và các cụm, khối thi đua thực hiện Kế hoạch; định kỳ tổng "
            "hợp, báo cáo Ủy ban nhân dân tỉnh.\n"
            "Kế hoạch công tác thi đua, khen thưởng của các cơ quan, đơn vị gửi về Sở Nội vụ "
            "(qua Ban Thi đua – Khen thưởng) trước ngày 31/3/2026 để theo dõi, tổng hợp./.\n"
            "KT. CHỦ TỊCH\n"
            "PHÓ CHỦ TỊCH\n"
            "Hà Minh Tuấn"
        ),
    },
    {
        "number": "08/KH-HĐTĐKT",
        "doc_type": "ke_hoach",
        "issuer": "Hội đồng Thi đua – Khen thưởng tỉnh Lạng Sơn",
        "signer": "Phó Chủ tịch Thường trực Hội đồng, Giám đốc Sở Nội vụ Nguyễn Văn Thắng",
        "issued_on": "2026-03-18",
        "effective_on": "2026-03-18",
        "status": "in_force",
        "replaced_by": None,
        "field": "Thi đua, khen thưởng",
        "title": "Kế hoạch 08/KH-HĐTĐKT kiểm tra công tác thi đua, khen thưởng năm 2026",
        "abstract": (
            "Hội đồng Thi đua – Khen thưởng tỉnh kiểm tra ít nhất 30% số cơ quan, đơn vị, xã, "
            "phường về tổ chức phong trào thi đua, quy trình khen thưởng và tỷ lệ khen thưởng "
            "người lao động trực tiếp từ tháng 5 đến tháng 9/2026."
        ),
        "body": (
            "HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG TỈNH LẠNG SƠN\n"
            "Số: 08/KH-HĐTĐKT\n"
            "Lạng Sơn, ngày 18 tháng 3 năm 2026\n"
            "KẾ HOẠCH\n"
            "Kiểm tra công tác thi đua, khen thưởng năm 2026\n"
            "Thực hiện Kế hoạch số 26/KH-UBND ngày 09/02/2026 của Ủy ban nhân dân tỉnh về công "
            "tác thi đua, khen thưởng năm 2026, Hội đồng Thi đua – Khen thưởng tỉnh ban hành "
            "Kế hoạch kiểm tra công tác thi đua, khen thưởng năm 2026 như sau:\n"
            "1. Đối tượng kiểm tra: ít nhất 30% số sở, ban, ngành, đoàn thể tỉnh, Ủy ban nhân "
            "dân các xã, phường và doanh nghiệp thuộc các cụm, khối thi đua của tỉnh; ưu tiên "
            "các đơn vị chưa được kiểm tra trong hai năm gần đây và các xã, phường mới sắp "
            "xếp.\n"
            "2. Nội dung kiểm tra: việc tổ chức phát động, đăng ký, ký kết giao ước thi đua; "
            "việc sơ kết, tổng kết và phát hiện, nhân rộng điển hình tiên tiến; quy trình bình "
            "xét, hồ sơ khen thưởng và việc công khai kết quả khen thưởng; tỷ lệ khen thưởng "
            "người lao động trực tiếp, công nhân, nông dân, tập thể nhỏ; việc trích lập, quản "
            "lý và sử dụng quỹ thi đua, khen thưởng.\n"
            "3. Thời gian: từ tháng 5 đến hết tháng 9 năm 2026. Lịch kiểm tra cụ thể được "
            "thông báo trước ít nhất 05 ngày làm việc.\n"
            "4. Tổ chức thực hiện: các thành viên Hội đồng chủ trì kiểm tra theo lĩnh vực được "
            "phân công; Ban Thi đua – Khen thưởng, Sở Nội vụ là đầu mối chuẩn bị, tổng hợp kết "
            "quả, báo cáo Hội đồng trước ngày 15/10/2026. Đơn vị được kiểm tra chuẩn bị báo "
            "cáo theo đề cương và cập nhật hồ sơ trên Cổng thông tin Thi đua – Khen thưởng./.\n"
            "TM. HỘI ĐỒNG\n"
            "PHÓ CHỦ TỊCH THƯỜNG TRỰC\n"
            "GIÁM ĐỐC SỞ NỘI VỤ\n"
            "Nguyễn Văn Thắng"
        ),
    },
]

AWARD_FORMS = [
    {
        "name": "Huân chương Sao vàng",
        "group": "huan_chuong",
        "rank": "",
        "recipients": "both",
        "order": 10,
    },
    {
        "name": "Huân chương Hồ Chí Minh",
        "group": "huan_chuong",
        "rank": "",
        "recipients": "both",
        "order": 20,
    },
    {
        "name": "Huân chương Độc lập",
        "group": "huan_chuong",
        "rank": "hạng Nhất",
        "recipients": "both",
        "order": 30,
    },
    {
        "name": "Huân chương Độc lập",
        "group": "huan_chuong",
        "rank": "hạng Nhì",
        "recipients": "both",
        "order": 40,
    },
    {
        "name": "Huân chương Độc lập",
        "group": "huan_chuong",
        "rank": "hạng Ba",
        "recipients": "both",
        "order": 50,
    },
    {
        "name": "Huân chương Lao động",
        "group": "huan_chuong",
        "rank": "hạng Nhất",
        "recipients": "both",
        "order": 60,
    },
    {
        "name": "Huân chương Lao động",
        "group": "huan_chuong",
        "rank": "hạng Nhì",
        "recipients": "both",
        "order": 70,
    },
    {
        "name": "Huân chương Lao động",
        "group": "huan_chuong",
        "rank": "hạng Ba",
        "recipients": "both",
        "order": 80,
    },
    {
        "name": "Huân chương Bảo vệ Tổ quốc",
        "group": "huan_chuong",
        "rank": "hạng Nhất",
        "recipients": "both",
        "order": 90,
    },
    {
        "name": "Huân chương Bảo vệ Tổ quốc",
        "group": "huan_chuong",
        "rank": "hạng Nhì",
        "recipients": "both",
        "order": 100,
    },
    {
        "name": "Huân chương Bảo vệ Tổ quốc",
        "group": "huan_chuong",
        "rank": "hạng Ba",
        "recipients": "both",
        "order": 110,
    },
    {
        "name": "Huy chương Chiến sĩ vẻ vang",
        "group": "huy_chuong",
        "rank": "hạng Nhất",
        "recipients": "individual",
        "order": 120,
    },
    {
        "name": "Huy chương Chiến sĩ vẻ vang",
        "group": "huy_chuong",
        "rank": "hạng Nhì",
        "recipients": "individual",
        "order": 130,
    },
    {
        "name": "Huy chương Chiến sĩ vẻ vang",
        "group": "huy_chuong",
        "rank": "hạng Ba",
        "recipients": "individual",
        "order": 140,
    },
    {
        "name": "Anh hùng Lao động",
        "group": "danh_hieu_vinh_du",
        "rank": "",
        "recipients": "both",
        "order": 150,
    },
    {
        "name": "Anh hùng Lực lượng vũ trang nhân dân",
        "group": "danh_hieu_vinh_du",
        "rank": "",
        "recipients": "both",
        "order": 160,
    },
    {
        "name": "Nhà giáo nhân dân",
        "group": "danh_hieu_vinh_du",
        "rank": "",
        "recipients": "individual",
        "order": 170,
    },
    {
        "name": "Nhà giáo ưu tú",
        "group": "danh_hieu_vinh_du",
        "rank": "",
        "recipients": "individual",
        "order": 180,
    },
    {
        "name": "Thầy thuốc nhân dân",
        "group": "danh_hieu_vinh_du",
        "rank": "",
        "recipients": "individual",
        "order": 190,
    },
    {
        "name": "Thầy thuốc ưu tú",
        "group": "danh_hieu_vinh_du",
        "rank": "",
        "recipients": "individual",
        "order": 200,
    },
    {
        "name": "Nghệ sĩ nhân dân",
        "group": "danh_hieu_vinh_du",
        "rank": "",
        "recipients": "individual",
        "order": 210,
    },
    {
        "name": "Nghệ sĩ ưu tú",
        "group": "danh_hieu_vinh_du",
        "rank": "",
        "recipients": "individual",
        "order": 220,
    },
    {
        "name": "Nghệ nhân nhân dân",
        "group": "danh_hieu_vinh_du",
        "rank": "",
        "recipients": "individual",
        "order": 230,
    },
    {
        "name": "Nghệ nhân ưu tú",
        "group": "danh_hieu_vinh_du",
        "rank": "",
        "recipients": "individual",
        "order": 240,
    },
    {
        "name": "Giải thưởng Hồ Chí Minh",
        "group": "giai_thuong",
        "rank": "",
        "recipients": "both",
        "order": 250,
    },
    {
        "name": "Giải thưởng Nhà nước",
        "group": "giai_thuong",
        "rank": "",
        "recipients": "both",
        "order": 260,
    },
    {
        "name": "Kỷ niệm chương",
        "group": "ky_niem_chuong",
        "rank": "",
        "recipients": "individual",
        "order": 270,
    },
    {
        "name": "Bằng khen của Thủ tướng Chính phủ",
        "group": "bang_khen",
        "rank": "",
        "recipients": "both",
        "order": 280,
    },
    {
        "name": "Bằng khen của Chủ tịch UBND tỉnh",
        "group": "bang_khen",
        "rank": "",
        "recipients": "both",
        "order": 290,
    },
    {"name": "Giấy khen", "group": "giay_khen", "rank": "", "recipients": "both", "order": 300},
    {
        "name": "Chiến sĩ thi đua toàn quốc",
        "group": "danh_hieu_thi_dua",
        "rank": "",
        "recipients": "individual",
        "order": 310,
    },
    {
        "name": "Chiến sĩ thi đua cấp tỉnh",
        "group": "danh_hieu_thi_dua",
        "rank": "",
        "recipients": "individual",
        "order": 320,
    },
    {
        "name": "Chiến sĩ thi đua cơ sở",
        "group": "danh_hieu_thi_dua",
        "rank": "",
        "recipients": "individual",
        "order": 330,
    },
    {
        "name": "Lao động tiên tiến",
        "group": "danh_hieu_thi_dua",
        "rank": "",
        "recipients": "individual",
        "order": 340,
    },
    {
        "name": "Cờ thi đua của Chính phủ",
        "group": "co_thi_dua",
        "rank": "",
        "recipients": "collective",
        "order": 350,
    },
    {
        "name": "Cờ thi đua của UBND tỉnh",
        "group": "co_thi_dua",
        "rank": "",
        "recipients": "collective",
        "order": 360,
    },
    {
        "name": "Tập thể lao động xuất sắc",
        "group": "danh_hieu_thi_dua",
        "rank": "",
        "recipients": "collective",
        "order": 370,
    },
    {
        "name": "Tập thể lao động tiên tiến",
        "group": "danh_hieu_thi_dua",
        "rank": "",
        "recipients": "collective",
        "order": 380,
    },
]

TARGETS = [
    {
        "plan": "Đề án 1657/QĐ-UBND (2021 – 2025)",
        "period_start": "2021-01-01",
        "period_end": "2025-12-31",
        "tier": "state",
        "group": "small_collective",
        "comparison": "gte",
        "threshold": 60,
        "note": (
            "Phấn đấu nâng tỷ lệ khen thưởng cấp Nhà nước trong giai đoạn 2021 - 2025 cho các "
            "tập thể nhỏ đạt 60%."
        ),
    },
    {
        "plan": "Đề án 1657/QĐ-UBND (2021 – 2025)",
        "period_start": "2021-01-01",
        "period_end": "2025-12-31",
        "tier": "state",
        "group": "direct_worker",
        "comparison": "gt",
        "threshold": 20,
        "note": "Tỷ lệ khen thưởng cấp Nhà nước cho người lao động trực tiếp đạt trên 20%.",
    },
    {
        "plan": "Đề án 1657/QĐ-UBND (2021 – 2025)",
        "period_start": "2021-01-01",
        "period_end": "2025-12-31",
        "tier": "state",
        "group": "worker_farmer",
        "comparison": "gte",
        "threshold": 5,
        "note": "Tỷ lệ khen thưởng cấp Nhà nước cho công nhân, nông dân đạt tỷ lệ 5% trở lên.",
    },
    {
        "plan": "Đề án 1657/QĐ-UBND (2021 – 2025)",
        "period_start": "2021-01-01",
        "period_end": "2025-12-31",
        "tier": "province",
        "group": "direct_worker",
        "comparison": "gt",
        "threshold": 75,
        "note": "Tỷ lệ khen thưởng cấp tỉnh cho người lao động trực tiếp đạt tỷ lệ trên 75%.",
    },
    {
        "plan": "Đề án 1657/QĐ-UBND (2021 – 2025)",
        "period_start": "2021-01-01",
        "period_end": "2025-12-31",
        "tier": "province",
        "group": "worker_farmer",
        "comparison": "gt",
        "threshold": 20,
        "note": (
            "Khen thưởng cấp tỉnh cho người lao động trực tiếp: trong đó có trên 20% là công "
            "nhân, nông dân."
        ),
    },
    {
        "plan": "Đề án 1657/QĐ-UBND (2021 – 2025)",
        "period_start": "2021-01-01",
        "period_end": "2025-12-31",
        "tier": "province",
        "group": "small_collective_or_grassroots",
        "comparison": "gt",
        "threshold": 75,
        "note": (
            "Tỷ lệ khen thưởng đối với tập thể nhỏ, đơn vị cơ sở tiếp tục duy trì tỷ lệ trên 75%."
        ),
    },
]

DECISIONS = [
    {
        "number": "2047/QĐ-UBND",
        "signed_on": "2021-10-15",
        "level": "chu_tich_ubnd_tinh",
        "award_form": "Bằng khen của Chủ tịch UBND tỉnh",
        "title": (
            "Quyết định 2047/QĐ-UBND tặng Bằng khen của Chủ tịch UBND tỉnh cho các tập thể, cá "
            "nhân có thành tích xuất sắc trong công tác phòng, chống dịch Covid-19"
        ),
        "reason": (
            "đã có thành tích xuất sắc trong công tác phòng, chống dịch Covid-19 trên địa bàn "
            "tỉnh năm 2021."
        ),
        "awardees": [
            {
                "kind": "collective",
                "full_name": "Trạm Y tế xã Tân Thanh",
                "position": "",
                "unit": "Trung tâm Y tế huyện Văn Lãng",
                "locality": "xã Tân Thanh, huyện Văn Lãng",
                "award_form": "",
                "small_collective": True,
                "grassroots": True,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "collective",
                "full_name": "Khoa Bệnh nhiệt đới",
                "position": "",
                "unit": "Bệnh viện Đa khoa tỉnh Lạng Sơn",
                "locality": "thành phố Lạng Sơn",
                "award_form": "",
                "small_collective": True,
                "grassroots": False,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "collective",
                "full_name": "Tổ Covid cộng đồng thôn Nà Phai",
                "position": "",
                "unit": "UBND xã Hợp Thành",
                "locality": "xã Hợp Thành, huyện Cao Lộc",
                "award_form": "",
                "small_collective": True,
                "grassroots": False,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "collective",
                "full_name": "Trung tâm Y tế huyện Lộc Bình",
                "position": "",
                "unit": "Sở Y tế tỉnh Lạng Sơn",
                "locality": "huyện Lộc Bình",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "collective",
                "full_name": (
                    "Tổ công tác liên ngành phòng, chống dịch tại cửa khẩu quốc tế Hữu Nghị"
                ),
                "position": "",
                "unit": "Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng – Lạng Sơn",
                "locality": "huyện Cao Lộc",
                "award_form": "",
                "small_collective": True,
                "grassroots": False,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "collective",
                "full_name": "Ủy ban nhân dân thị trấn Đồng Đăng",
                "position": "",
                "unit": "UBND huyện Cao Lộc",
                "locality": "thị trấn Đồng Đăng, huyện Cao Lộc",
                "award_form": "",
                "small_collective": False,
                "grassroots": True,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "collective",
                "full_name": "Phòng Nghiệp vụ Y",
                "position": "",
                "unit": "Sở Y tế tỉnh Lạng Sơn",
                "locality": "thành phố Lạng Sơn",
                "award_form": "",
                "small_collective": True,
                "grassroots": False,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Lương Thị Thanh Hoa",
                "position": "Điều dưỡng Khoa Bệnh nhiệt đới",
                "unit": "Bệnh viện Đa khoa tỉnh Lạng Sơn",
                "locality": "thành phố Lạng Sơn",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": True,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Hoàng Văn Quyết",
                "position": "Bác sĩ",
                "unit": "Trạm Y tế xã Tân Thanh",
                "locality": "xã Tân Thanh, huyện Văn Lãng",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": True,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Vi Thị Hằng",
                "position": "Nhân viên y tế thôn Bản Chắt",
                "unit": "Trạm Y tế xã Thụy Hùng",
                "locality": "xã Thụy Hùng, huyện Văn Lãng",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": True,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Nông Văn Kiên",
                "position": "Chiến sĩ",
                "unit": "Đồn Biên phòng Cửa khẩu quốc tế Hữu Nghị",
                "locality": "huyện Cao Lộc",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": True,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Đào Minh Tuấn",
                "position": "Phó Giám đốc",
                "unit": "Trung tâm Kiểm soát bệnh tật tỉnh Lạng Sơn",
                "locality": "thành phố Lạng Sơn",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Lăng Văn Hải",
                "position": "Lái xe cứu thương",
                "unit": "Trung tâm Y tế huyện Cao Lộc",
                "locality": "huyện Cao Lộc",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": True,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Lộc Văn Thịnh",
                "position": "Nông dân, thành viên Tổ Covid cộng đồng thôn Nà Phai",
                "unit": "UBND xã Hợp Thành",
                "locality": "xã Hợp Thành, huyện Cao Lộc",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": True,
                "worker": False,
                "farmer": True,
            },
            {
                "kind": "individual",
                "full_name": "Chu Thị Lan",
                "position": "Công nhân",
                "unit": "Công ty TNHH May Kỳ Lừa",
                "locality": "thành phố Lạng Sơn",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": True,
                "worker": True,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Hà Thị Ngọc",
                "position": "Chuyên viên Phòng Nghiệp vụ Y",
                "unit": "Sở Y tế tỉnh Lạng Sơn",
                "locality": "thành phố Lạng Sơn",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": True,
                "worker": False,
                "farmer": False,
            },
        ],
    },
    {
        "number": "1186/QĐ-SGDĐT",
        "signed_on": "2022-08-12",
        "level": "thu_truong_so_nganh",
        "award_form": "Giấy khen",
        "title": (
            "Quyết định 1186/QĐ-SGDĐT tặng Giấy khen của Giám đốc Sở Giáo dục và Đào tạo cho "
            "các tập thể, cá nhân hoàn thành xuất sắc nhiệm vụ năm học 2021 – 2022"
        ),
        "reason": "đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm học 2021 – 2022.",
        "awardees": [
            {
                "kind": "collective",
                "full_name": "Tổ Khoa học tự nhiên",
                "position": "",
                "unit": "Trường THPT Bình Gia",
                "locality": "huyện Bình Gia",
                "award_form": "",
                "small_collective": True,
                "grassroots": False,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "collective",
                "full_name": "Tổ Toán – Tin học",
                "position": "",
                "unit": "Trường THPT Lộc Bình",
                "locality": "huyện Lộc Bình",
                "award_form": "",
                "small_collective": True,
                "grassroots": False,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "collective",
                "full_name": "Trường THPT Na Dương",
                "position": "",
                "unit": "Sở Giáo dục và Đào tạo tỉnh Lạng Sơn",
                "locality": "thị trấn Na Dương, huyện Lộc Bình",
                "award_form": "",
                "small_collective": False,
                "grassroots": True,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "collective",
                "full_name": (
                    "Trung tâm Giáo dục nghề nghiệp – Giáo dục thường xuyên huyện Tràng Định"
                ),
                "position": "",
                "unit": "UBND huyện Tràng Định",
                "locality": "huyện Tràng Định",
                "award_form": "",
                "small_collective": False,
                "grassroots": True,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "collective",
                "full_name": "Phòng Giáo dục Trung học",
                "position": "",
                "unit": "Sở Giáo dục và Đào tạo tỉnh Lạng Sơn",
                "locality": "thành phố Lạng Sơn",
                "award_form": "",
                "small_collective": True,
                "grassroots": False,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Nông Thị Huyền",
                "position": "Giáo viên Hóa học",
                "unit": "Trường THPT Bình Gia",
                "locality": "huyện Bình Gia",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": True,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Hứa Văn Dũng",
                "position": "Giáo viên Toán",
                "unit": "Trường THPT Lộc Bình",
                "locality": "huyện Lộc Bình",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": True,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Bế Thị Thu Trang",
                "position": "Giáo viên Ngữ văn",
                "unit": "Trường THPT Chuyên Chu Văn An",
                "locality": "thành phố Lạng Sơn",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": True,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Lý Văn Hòa",
                "position": "Giáo viên Vật lý",
                "unit": "Trường THPT Đình Lập",
                "locality": "huyện Đình Lập",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": True,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Mã Thị Nhàn",
                "position": "Nhân viên thư viện",
                "unit": "Trường THPT Văn Quan",
                "locality": "huyện Văn Quan",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": True,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Trần Quốc Khánh",
                "position": "Phó Hiệu trưởng",
                "unit": "Trường THPT Na Dương",
                "locality": "thị trấn Na Dương, huyện Lộc Bình",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Hoàng Thị Yến",
                "position": "Giáo viên Tiếng Anh",
                "unit": "Trường THPT Việt Bắc",
                "locality": "thành phố Lạng Sơn",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": True,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Lành Văn Toán",
                "position": "Giáo viên",
                "unit": ("Trung tâm Giáo dục nghề nghiệp – Giáo dục thường xuyên huyện Tràng Định"),
                "locality": "huyện Tràng Định",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": True,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Phạm Thị Hương Giang",
                "position": "Chuyên viên Phòng Giáo dục Trung học",
                "unit": "Sở Giáo dục và Đào tạo tỉnh Lạng Sơn",
                "locality": "thành phố Lạng Sơn",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": True,
                "worker": False,
                "farmer": False,
            },
        ],
    },
    {
        "number": "1452/QĐ-TTg",
        "signed_on": "2022-11-25",
        "level": "thu_tuong",
        "award_form": "Bằng khen của Thủ tướng Chính phủ",
        "title": (
            "Quyết định 1452/QĐ-TTg tặng Bằng khen của Thủ tướng Chính phủ cho các tập thể, cá "
            "nhân thuộc tỉnh Lạng Sơn"
        ),
        "reason": (
            "đã có thành tích trong công tác từ năm 2017 đến năm 2021, góp phần vào sự nghiệp "
            "xây dựng chủ nghĩa xã hội và bảo vệ Tổ quốc."
        ),
        "awardees": [
            {
                "kind": "collective",
                "full_name": "Hợp tác xã Dịch vụ nông nghiệp Na Chi Lăng",
                "position": "",
                "unit": "Liên minh Hợp tác xã tỉnh Lạng Sơn",
                "locality": "huyện Chi Lăng",
                "award_form": "",
                "small_collective": True,
                "grassroots": True,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "collective",
                "full_name": "Trạm Y tế xã Mẫu Sơn",
                "position": "",
                "unit": "Trung tâm Y tế huyện Lộc Bình",
                "locality": "xã Mẫu Sơn, huyện Lộc Bình",
                "award_form": "",
                "small_collective": True,
                "grassroots": True,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "collective",
                "full_name": "Phòng Văn hóa và Thông tin",
                "position": "",
                "unit": "UBND thành phố Lạng Sơn",
                "locality": "thành phố Lạng Sơn",
                "award_form": "",
                "small_collective": True,
                "grassroots": False,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "collective",
                "full_name": "Tổ bảo vệ rừng cộng đồng thôn Nà Làng",
                "position": "",
                "unit": "UBND xã Châu Sơn",
                "locality": "xã Châu Sơn, huyện Đình Lập",
                "award_form": "",
                "small_collective": True,
                "grassroots": False,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "collective",
                "full_name": "Công ty cổ phần Nông sản Xứ Lạng",
                "position": "",
                "unit": "Khối thi đua các doanh nghiệp",
                "locality": "thành phố Lạng Sơn",
                "award_form": "",
                "small_collective": False,
                "grassroots": True,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "collective",
                "full_name": "Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng – Lạng Sơn",
                "position": "",
                "unit": "UBND tỉnh Lạng Sơn",
                "locality": "thành phố Lạng Sơn",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Lộc Văn Sáng",
                "position": "Giám đốc Hợp tác xã Dịch vụ nông nghiệp Na Chi Lăng",
                "unit": "Liên minh Hợp tác xã tỉnh Lạng Sơn",
                "locality": "huyện Chi Lăng",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Hoàng Văn Lâm",
                "position": "Công nhân vận hành dây chuyền chế biến",
                "unit": "Công ty cổ phần Nông sản Xứ Lạng",
                "locality": "thành phố Lạng Sơn",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": True,
                "worker": True,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Lý Văn Thắng",
                "position": "Nông dân",
                "unit": "Hội Nông dân xã Tân Đoàn",
                "locality": "xã Tân Đoàn, huyện Văn Quan",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": True,
                "worker": False,
                "farmer": True,
            },
            {
                "kind": "individual",
                "full_name": "Đỗ Thị Thanh Mai",
                "position": "Phó Giám đốc Sở Y tế",
                "unit": "UBND tỉnh Lạng Sơn",
                "locality": "thành phố Lạng Sơn",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Lương Đức Cường",
                "position": "Chủ tịch UBND xã Tân Thành",
                "unit": "UBND huyện Hữu Lũng",
                "locality": "xã Tân Thành, huyện Hữu Lũng",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Hoàng Thị Thu Hà",
                "position": "Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn",
                "unit": "UBND tỉnh Lạng Sơn",
                "locality": "thành phố Lạng Sơn",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Nông Thị Kim Oanh",
                "position": "Hiệu trưởng Trường THPT Đình Lập",
                "unit": "Sở Giáo dục và Đào tạo tỉnh Lạng Sơn",
                "locality": "huyện Đình Lập",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Chu Quang Hưng",
                "position": "Trưởng phòng Quản lý thương mại",
                "unit": "Sở Công Thương tỉnh Lạng Sơn",
                "locality": "thành phố Lạng Sơn",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
        ],
    },
    {
        "number": "286/QĐ-UBND",
        "signed_on": "2023-02-17",
        "level": "chu_tich_ubnd_tinh",
        "award_form": "Cờ thi đua của UBND tỉnh",
        "title": (
            "Quyết định 286/QĐ-UBND tặng Cờ thi đua của UBND tỉnh năm 2022 cho các tập thể dẫn "
            "đầu phong trào thi đua"
        ),
        "reason": (
            "đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm 2022, là tập thể tiêu biểu "
            "dẫn đầu phong trào thi đua của cụm, khối thi đua của tỉnh."
        ),
        "awardees": [
            {
                "kind": "collective",
                "full_name": "Ủy ban nhân dân huyện Hữu Lũng",
                "position": "",
                "unit": "Cụm thi đua các huyện, thành phố",
                "locality": "huyện Hữu Lũng",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "collective",
                "full_name": "Sở Tài chính tỉnh Lạng Sơn",
                "position": "",
                "unit": "Cụm thi đua các sở, ngành kinh tế",
                "locality": "thành phố Lạng Sơn",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "collective",
                "full_name": "Hội Liên hiệp Phụ nữ tỉnh Lạng Sơn",
                "position": "",
                "unit": "Khối thi đua Mặt trận Tổ quốc và các đoàn thể tỉnh",
                "locality": "thành phố Lạng Sơn",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "collective",
                "full_name": "Trường THPT Chuyên Chu Văn An",
                "position": "",
                "unit": "Sở Giáo dục và Đào tạo tỉnh Lạng Sơn",
                "locality": "thành phố Lạng Sơn",
                "award_form": "",
                "small_collective": False,
                "grassroots": True,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "collective",
                "full_name": "Ủy ban nhân dân xã Vân Nham",
                "position": "",
                "unit": "UBND huyện Hữu Lũng",
                "locality": "xã Vân Nham, huyện Hữu Lũng",
                "award_form": "",
                "small_collective": False,
                "grassroots": True,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "collective",
                "full_name": "Trung tâm Y tế huyện Tràng Định",
                "position": "",
                "unit": "Sở Y tế tỉnh Lạng Sơn",
                "locality": "huyện Tràng Định",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "collective",
                "full_name": "Công ty cổ phần Nông sản Xứ Lạng",
                "position": "",
                "unit": "Khối thi đua các doanh nghiệp",
                "locality": "thành phố Lạng Sơn",
                "award_form": "",
                "small_collective": False,
                "grassroots": True,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "collective",
                "full_name": "Hợp tác xã Dịch vụ nông nghiệp Na Chi Lăng",
                "position": "",
                "unit": "Liên minh Hợp tác xã tỉnh Lạng Sơn",
                "locality": "huyện Chi Lăng",
                "award_form": "",
                "small_collective": True,
                "grassroots": True,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
        ],
    },
    {
        "number": "1832/QĐ-UBND",
        "signed_on": "2024-10-04",
        "level": "chu_tich_ubnd_tinh",
        "award_form": "Bằng khen của Chủ tịch UBND tỉnh",
        "title": (
            "Quyết định 1832/QĐ-UBND tặng Bằng khen của Chủ tịch UBND tỉnh cho các tập thể, cá "
            "nhân có thành tích xuất sắc trong phong trào thi đua nông dân sản xuất, kinh "
            "doanh giỏi giai đoạn 2019 – 2024"
        ),
        "reason": (
            "đã có thành tích xuất sắc trong phong trào thi đua nông dân sản xuất, kinh doanh "
            "giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững giai đoạn 2019 – 2024."
        ),
        "awardees": [
            {
                "kind": "collective",
                "full_name": "Chi hội Nông dân thôn Nà Pàn",
                "position": "",
                "unit": "Hội Nông dân xã Tràng Các",
                "locality": "xã Tràng Các, huyện Văn Quan",
                "award_form": "",
                "small_collective": True,
                "grassroots": False,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "collective",
                "full_name": "Hội Nông dân xã Hưng Vũ",
                "position": "",
                "unit": "Hội Nông dân huyện Bắc Sơn",
                "locality": "xã Hưng Vũ, huyện Bắc Sơn",
                "award_form": "",
                "small_collective": True,
                "grassroots": True,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "collective",
                "full_name": "Tổ hợp tác trồng và sơ chế hồi Nà Pàn",
                "position": "",
                "unit": "Hội Nông dân xã Tràng Các",
                "locality": "xã Tràng Các, huyện Văn Quan",
                "award_form": "",
                "small_collective": True,
                "grassroots": False,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "collective",
                "full_name": "Hợp tác xã Rau an toàn Thiện Kỵ",
                "position": "",
                "unit": "Hội Nông dân huyện Hữu Lũng",
                "locality": "xã Thiện Kỵ, huyện Hữu Lũng",
                "award_form": "",
                "small_collective": True,
                "grassroots": True,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Nguyễn Thị Hường",
                "position": "Nông dân, hội viên Chi hội Nông dân thôn Nà Pàn",
                "unit": "Hội Nông dân xã Tràng Các",
                "locality": "xã Tràng Các, huyện Văn Quan",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": True,
                "worker": False,
                "farmer": True,
            },
            {
                "kind": "individual",
                "full_name": "Hoàng Văn Toàn",
                "position": "Chủ tịch Hội Nông dân xã Tràng Các",
                "unit": "Hội Nông dân huyện Văn Quan",
                "locality": "xã Tràng Các, huyện Văn Quan",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Vi Văn Sình",
                "position": "Nông dân",
                "unit": "Hội Nông dân xã Hưng Vũ",
                "locality": "xã Hưng Vũ, huyện Bắc Sơn",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": True,
                "worker": False,
                "farmer": True,
            },
            {
                "kind": "individual",
                "full_name": "Triệu Văn Quý",
                "position": "Nông dân",
                "unit": "Hội Nông dân xã Bính Xá",
                "locality": "xã Bính Xá, huyện Đình Lập",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": True,
                "worker": False,
                "farmer": True,
            },
            {
                "kind": "individual",
                "full_name": "Lộc Thị Dung",
                "position": "Nông dân",
                "unit": "Hội Nông dân xã Quan Sơn",
                "locality": "xã Quan Sơn, huyện Chi Lăng",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": True,
                "worker": False,
                "farmer": True,
            },
            {
                "kind": "individual",
                "full_name": "Lăng Văn Chức",
                "position": "Nông dân",
                "unit": "Hội Nông dân xã Mẫu Sơn",
                "locality": "xã Mẫu Sơn, huyện Lộc Bình",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": True,
                "worker": False,
                "farmer": True,
            },
            {
                "kind": "individual",
                "full_name": "Đặng Thị Mẩy",
                "position": "Nông dân",
                "unit": "Hội Nông dân xã Thái Bình",
                "locality": "xã Thái Bình, huyện Đình Lập",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": True,
                "worker": False,
                "farmer": True,
            },
            {
                "kind": "individual",
                "full_name": "Bế Văn Thượng",
                "position": "Nông dân",
                "unit": "Hội Nông dân xã Hoàng Văn Thụ",
                "locality": "xã Hoàng Văn Thụ, huyện Văn Lãng",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": True,
                "worker": False,
                "farmer": True,
            },
            {
                "kind": "individual",
                "full_name": "Mã Thị Nhung",
                "position": "Nông dân",
                "unit": "Hội Nông dân xã Thiện Kỵ",
                "locality": "xã Thiện Kỵ, huyện Hữu Lũng",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": True,
                "worker": False,
                "farmer": True,
            },
            {
                "kind": "individual",
                "full_name": "Chu Văn Khoa",
                "position": "Viên chức khuyến nông",
                "unit": "Trung tâm Dịch vụ nông nghiệp huyện Tràng Định",
                "locality": "huyện Tràng Định",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": True,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Hà Thị Thu Thủy",
                "position": "Nhân viên thú y xã",
                "unit": "UBND xã Hoa Thám",
                "locality": "xã Hoa Thám, huyện Bình Gia",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": True,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Nông Quang Vinh",
                "position": "Phó Chủ tịch Hội Nông dân huyện Văn Quan",
                "unit": "Hội Nông dân tỉnh Lạng Sơn",
                "locality": "huyện Văn Quan",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Lương Văn Hậu",
                "position": "Giám đốc Hợp tác xã Rau an toàn Thiện Kỵ",
                "unit": "Hội Nông dân huyện Hữu Lũng",
                "locality": "xã Thiện Kỵ, huyện Hữu Lũng",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Hứa Thị Mai",
                "position": "Trưởng ban Kinh tế – Xã hội",
                "unit": "Hội Nông dân tỉnh Lạng Sơn",
                "locality": "thành phố Lạng Sơn",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
        ],
    },
    {
        "number": "1287/QĐ-CTN",
        "signed_on": "2024-11-18",
        "level": "chu_tich_nuoc",
        "award_form": "Huân chương Lao động hạng Ba",
        "title": (
            "Quyết định 1287/QĐ-CTN tặng Huân chương Lao động cho các tập thể, cá nhân thuộc "
            "tỉnh Lạng Sơn"
        ),
        "reason": (
            "đã có thành tích xuất sắc trong công tác từ năm 2019 đến năm 2023, góp phần vào "
            "sự nghiệp xây dựng chủ nghĩa xã hội và bảo vệ Tổ quốc."
        ),
        "awardees": [
            {
                "kind": "collective",
                "full_name": "Khoa Hồi sức tích cực",
                "position": "",
                "unit": "Bệnh viện Đa khoa tỉnh Lạng Sơn",
                "locality": "thành phố Lạng Sơn",
                "award_form": "",
                "small_collective": True,
                "grassroots": False,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "collective",
                "full_name": "Trường Phổ thông dân tộc nội trú THCS và THPT huyện Bình Gia",
                "position": "",
                "unit": "Sở Giáo dục và Đào tạo tỉnh Lạng Sơn",
                "locality": "huyện Bình Gia",
                "award_form": "",
                "small_collective": False,
                "grassroots": True,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "collective",
                "full_name": "Sở Nông nghiệp và Phát triển nông thôn tỉnh Lạng Sơn",
                "position": "",
                "unit": "UBND tỉnh Lạng Sơn",
                "locality": "thành phố Lạng Sơn",
                "award_form": "Huân chương Lao động hạng Nhì",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Hoàng Văn Minh",
                "position": "Giám đốc Sở Kế hoạch và Đầu tư",
                "unit": "UBND tỉnh Lạng Sơn",
                "locality": "thành phố Lạng Sơn",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Vi Thị Thu Trang",
                "position": "Phó Chủ tịch UBND huyện Cao Lộc",
                "unit": "UBND huyện Cao Lộc",
                "locality": "huyện Cao Lộc",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Nông Văn Tiến",
                "position": "Công nhân vận hành lò nung",
                "unit": "Công ty cổ phần Vật liệu xây dựng Chi Lăng",
                "locality": "huyện Chi Lăng",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": True,
                "worker": True,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Lâm Thị Hồng",
                "position": "Giáo viên, Tổ trưởng chuyên môn",
                "unit": "Trường Phổ thông dân tộc nội trú THCS và THPT huyện Bình Gia",
                "locality": "huyện Bình Gia",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": True,
                "worker": False,
                "farmer": False,
            },
        ],
    },
    {
        "number": "986/QĐ-UBND",
        "signed_on": "2025-05-08",
        "level": "chu_tich_ubnd_tinh",
        "award_form": "Bằng khen của Chủ tịch UBND tỉnh",
        "title": (
            "Quyết định 986/QĐ-UBND tặng Bằng khen của Chủ tịch UBND tỉnh cho các tập thể, cá "
            "nhân có thành tích xuất sắc trong phong trào thi đua “Đổi mới, sáng tạo trong dạy "
            "và học” ở vùng đồng bào dân tộc thiểu số"
        ),
        "reason": (
            "đã có thành tích xuất sắc trong phong trào thi đua “Đổi mới, sáng tạo trong dạy "
            "và học” ở vùng đồng bào dân tộc thiểu số, năm học 2023 – 2024 và 2024 – 2025."
        ),
        "awardees": [
            {
                "kind": "collective",
                "full_name": "Trường Phổ thông dân tộc bán trú Tiểu học và THCS Bắc Xa",
                "position": "",
                "unit": "Phòng Giáo dục và Đào tạo huyện Đình Lập",
                "locality": "xã Bắc Xa, huyện Đình Lập",
                "award_form": "",
                "small_collective": False,
                "grassroots": True,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "collective",
                "full_name": "Trường Mầm non xã Mẫu Sơn",
                "position": "",
                "unit": "Phòng Giáo dục và Đào tạo huyện Lộc Bình",
                "locality": "xã Mẫu Sơn, huyện Lộc Bình",
                "award_form": "",
                "small_collective": False,
                "grassroots": True,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "collective",
                "full_name": "Tổ Ngữ văn",
                "position": "",
                "unit": "Trường THPT Văn Quan",
                "locality": "huyện Văn Quan",
                "award_form": "",
                "small_collective": True,
                "grassroots": False,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "collective",
                "full_name": "Trường Tiểu học Hữu Liên",
                "position": "",
                "unit": "Phòng Giáo dục và Đào tạo huyện Hữu Lũng",
                "locality": "xã Hữu Liên, huyện Hữu Lũng",
                "award_form": "",
                "small_collective": False,
                "grassroots": True,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "collective",
                "full_name": "Phòng Giáo dục và Đào tạo huyện Tràng Định",
                "position": "",
                "unit": "UBND huyện Tràng Định",
                "locality": "huyện Tràng Định",
                "award_form": "",
                "small_collective": True,
                "grassroots": False,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Đào Văn Lực",
                "position": "Giáo viên",
                "unit": "Trường Phổ thông dân tộc bán trú Tiểu học và THCS Bắc Xa",
                "locality": "xã Bắc Xa, huyện Đình Lập",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": True,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Hoàng Thị Lan",
                "position": "Hiệu trưởng",
                "unit": "Trường Phổ thông dân tộc bán trú Tiểu học và THCS Bắc Xa",
                "locality": "xã Bắc Xa, huyện Đình Lập",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Triệu Thị Xuân",
                "position": "Giáo viên",
                "unit": "Trường Mầm non xã Mẫu Sơn",
                "locality": "xã Mẫu Sơn, huyện Lộc Bình",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": True,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Bàn Văn Phú",
                "position": "Giáo viên",
                "unit": "Trường Phổ thông dân tộc bán trú THCS Bính Xá",
                "locality": "xã Bính Xá, huyện Đình Lập",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": True,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Lý Thị Hoa",
                "position": "Giáo viên",
                "unit": "Trường Tiểu học Hữu Liên",
                "locality": "xã Hữu Liên, huyện Hữu Lũng",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": True,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Vy Thị Ngọc Anh",
                "position": "Giáo viên Ngữ văn",
                "unit": "Trường THPT Văn Quan",
                "locality": "huyện Văn Quan",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": True,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Đinh Thị Hạnh",
                "position": "Nhân viên nấu ăn",
                "unit": "Trường Phổ thông dân tộc bán trú Tiểu học và THCS Bắc Xa",
                "locality": "xã Bắc Xa, huyện Đình Lập",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": True,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Hoàng Văn Páo",
                "position": "Giáo viên",
                "unit": "Trường Phổ thông dân tộc bán trú Tiểu học Khánh Long",
                "locality": "xã Khánh Long, huyện Tràng Định",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": True,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Tô Thị Hải Yến",
                "position": "Giáo viên",
                "unit": "Trường Tiểu học thị trấn Thất Khê",
                "locality": "thị trấn Thất Khê, huyện Tràng Định",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": True,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Lương Thị Bích",
                "position": "Giáo viên dạy lớp ghép",
                "unit": "Trường Phổ thông dân tộc bán trú Tiểu học và THCS Tân Văn",
                "locality": "xã Tân Văn, huyện Bình Gia",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": True,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Nguyễn Văn Hiếu",
                "position": "Phó Trưởng phòng Giáo dục và Đào tạo",
                "unit": "UBND huyện Tràng Định",
                "locality": "huyện Tràng Định",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
        ],
    },
    {
        "number": "1654/QĐ-UBND",
        "signed_on": "2025-08-22",
        "level": "chu_tich_ubnd_tinh",
        "award_form": "Bằng khen của Chủ tịch UBND tỉnh",
        "title": (
            "Quyết định 1654/QĐ-UBND tặng Bằng khen của Chủ tịch UBND tỉnh cho các tập thể, cá "
            "nhân có thành tích xuất sắc trong phong trào thi đua “Lao động giỏi, lao động "
            "sáng tạo” giai đoạn 2023 – 2025"
        ),
        "reason": (
            "đã có thành tích xuất sắc trong phong trào thi đua “Lao động giỏi, lao động sáng "
            "tạo” giai đoạn 2023 – 2025."
        ),
        "awardees": [
            {
                "kind": "collective",
                "full_name": "Tổ Chế biến na sấy",
                "position": "",
                "unit": "Công ty cổ phần Nông sản Xứ Lạng",
                "locality": "phường Kỳ Lừa",
                "award_form": "",
                "small_collective": True,
                "grassroots": False,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "collective",
                "full_name": "Phân xưởng Lò nung",
                "position": "",
                "unit": "Công ty cổ phần Vật liệu xây dựng Chi Lăng",
                "locality": "xã Chi Lăng",
                "award_form": "",
                "small_collective": True,
                "grassroots": False,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "collective",
                "full_name": "Tổ May số 3",
                "position": "",
                "unit": "Công ty TNHH May Kỳ Lừa",
                "locality": "phường Tam Thanh",
                "award_form": "",
                "small_collective": True,
                "grassroots": False,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "collective",
                "full_name": "Đội Quản lý vận hành lưới điện Hữu Lũng",
                "position": "",
                "unit": "Công ty Điện lực Lạng Sơn",
                "locality": "xã Hữu Lũng",
                "award_form": "",
                "small_collective": True,
                "grassroots": False,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "collective",
                "full_name": "Công đoàn Khu kinh tế cửa khẩu Đồng Đăng – Lạng Sơn",
                "position": "",
                "unit": "Liên đoàn Lao động tỉnh Lạng Sơn",
                "locality": "xã Đồng Đăng",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Hoàng Thị Nga",
                "position": "Công nhân Tổ Chế biến na sấy",
                "unit": "Công ty cổ phần Nông sản Xứ Lạng",
                "locality": "phường Kỳ Lừa",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": True,
                "worker": True,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Dương Văn Thuận",
                "position": "Công nhân vận hành máy nghiền",
                "unit": "Công ty cổ phần Vật liệu xây dựng Chi Lăng",
                "locality": "xã Chi Lăng",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": True,
                "worker": True,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Nông Thị Lụa",
                "position": "Công nhân may",
                "unit": "Công ty TNHH May Kỳ Lừa",
                "locality": "phường Tam Thanh",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": True,
                "worker": True,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Vi Văn Chung",
                "position": "Công nhân quản lý vận hành đường dây",
                "unit": "Công ty Điện lực Lạng Sơn",
                "locality": "xã Hữu Lũng",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": True,
                "worker": True,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Lăng Thị Hạnh",
                "position": "Công nhân, Tổ trưởng Tổ May số 3",
                "unit": "Công ty TNHH May Kỳ Lừa",
                "locality": "phường Tam Thanh",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": True,
                "worker": True,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Trần Đức Anh",
                "position": "Kỹ sư cơ khí",
                "unit": "Công ty cổ phần Vật liệu xây dựng Chi Lăng",
                "locality": "xã Chi Lăng",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": True,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Hà Văn Tuyên",
                "position": "Kỹ thuật viên kiểm nghiệm",
                "unit": "Công ty cổ phần Nông sản Xứ Lạng",
                "locality": "phường Kỳ Lừa",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": True,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Lương Thị Hòa",
                "position": "Nhân viên kế toán",
                "unit": "Công ty cổ phần Giao nhận vận tải Đồng Đăng",
                "locality": "xã Đồng Đăng",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": True,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Chu Văn Nghĩa",
                "position": "Nhân viên giao nhận hàng hóa",
                "unit": "Công ty cổ phần Giao nhận vận tải Đồng Đăng",
                "locality": "xã Đồng Đăng",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": True,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Phùng Thị Thanh",
                "position": "Chủ tịch Công đoàn cơ sở",
                "unit": "Công ty TNHH May Kỳ Lừa",
                "locality": "phường Tam Thanh",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Lý Văn Đông",
                "position": "Quản đốc Phân xưởng Lò nung",
                "unit": "Công ty cổ phần Vật liệu xây dựng Chi Lăng",
                "locality": "xã Chi Lăng",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
        ],
    },
    {
        "number": "152/QĐ-UBND",
        "signed_on": "2026-01-27",
        "level": "chu_tich_ubnd_tinh",
        "award_form": "Bằng khen của Chủ tịch UBND tỉnh",
        "title": (
            "Quyết định 152/QĐ-UBND tặng Bằng khen của Chủ tịch UBND tỉnh cho các tập thể, cá "
            "nhân có thành tích xuất sắc trong phong trào thi đua năm 2025"
        ),
        "reason": (
            "đã có thành tích xuất sắc trong phong trào thi đua năm 2025, góp phần hoàn thành "
            "nhiệm vụ phát triển kinh tế – xã hội, bảo đảm quốc phòng, an ninh của tỉnh."
        ),
        "awardees": [
            {
                "kind": "collective",
                "full_name": "Phòng Kinh tế",
                "position": "",
                "unit": "UBND xã Hữu Lũng",
                "locality": "xã Hữu Lũng",
                "award_form": "",
                "small_collective": True,
                "grassroots": False,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "collective",
                "full_name": "Trạm Y tế xã Tân Đoàn",
                "position": "",
                "unit": "Trung tâm Y tế khu vực Văn Quan",
                "locality": "xã Tân Đoàn",
                "award_form": "",
                "small_collective": True,
                "grassroots": True,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "collective",
                "full_name": "Tổ dân phố số 7",
                "position": "",
                "unit": "UBND phường Tam Thanh",
                "locality": "phường Tam Thanh",
                "award_form": "",
                "small_collective": True,
                "grassroots": False,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "collective",
                "full_name": "Trường Mầm non xã Cao Lộc",
                "position": "",
                "unit": "UBND xã Cao Lộc",
                "locality": "xã Cao Lộc",
                "award_form": "",
                "small_collective": False,
                "grassroots": True,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "collective",
                "full_name": "Hợp tác xã Thạch đen Tràng Định",
                "position": "",
                "unit": "Liên minh Hợp tác xã tỉnh Lạng Sơn",
                "locality": "xã Tràng Định",
                "award_form": "",
                "small_collective": True,
                "grassroots": True,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "collective",
                "full_name": "Phòng Văn hóa – Xã hội",
                "position": "",
                "unit": "UBND xã Văn Quan",
                "locality": "xã Văn Quan",
                "award_form": "",
                "small_collective": True,
                "grassroots": False,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "collective",
                "full_name": "Sở Tài chính tỉnh Lạng Sơn",
                "position": "",
                "unit": "Cụm thi đua các sở, ngành kinh tế",
                "locality": "phường Lương Văn Tri",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "collective",
                "full_name": "Sở Khoa học và Công nghệ tỉnh Lạng Sơn",
                "position": "",
                "unit": "Cụm thi đua các sở, ngành kinh tế",
                "locality": "phường Tam Thanh",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "collective",
                "full_name": "Ủy ban nhân dân xã Mẫu Sơn",
                "position": "",
                "unit": "UBND tỉnh Lạng Sơn",
                "locality": "xã Mẫu Sơn",
                "award_form": "",
                "small_collective": False,
                "grassroots": True,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Hà Văn Tài",
                "position": "Nông dân",
                "unit": "Hội Nông dân xã Tân Đoàn",
                "locality": "xã Tân Đoàn",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": True,
                "worker": False,
                "farmer": True,
            },
            {
                "kind": "individual",
                "full_name": "Hoàng Văn Tùng",
                "position": "Công nhân khai thác",
                "unit": "Công ty cổ phần Khoáng sản Na Dương",
                "locality": "xã Na Dương",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": True,
                "worker": True,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Lương Thị Ngân",
                "position": "Giáo viên",
                "unit": "Trường Mầm non xã Cao Lộc",
                "locality": "xã Cao Lộc",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": True,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Vi Thị Hồng Nhung",
                "position": "Y sĩ",
                "unit": "Trạm Y tế xã Tân Đoàn",
                "locality": "xã Tân Đoàn",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": True,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Lăng Văn Quang",
                "position": "Chuyên viên Phòng Kinh tế",
                "unit": "UBND xã Hữu Lũng",
                "locality": "xã Hữu Lũng",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": True,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Nông Thị Thu",
                "position": "Công chức Văn phòng HĐND và UBND xã",
                "unit": "UBND xã Mẫu Sơn",
                "locality": "xã Mẫu Sơn",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": True,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Bàn Thị Liên",
                "position": "Nhân viên y tế thôn bản",
                "unit": "Trạm Y tế xã Đình Lập",
                "locality": "xã Đình Lập",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": True,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Đàm Văn Huấn",
                "position": "Chiến sĩ dân quân thường trực",
                "unit": "Ban Chỉ huy quân sự xã Đồng Đăng",
                "locality": "xã Đồng Đăng",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": True,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Chu Thị Phương",
                "position": "Viên chức Trung tâm Phục vụ hành chính công tỉnh",
                "unit": "Văn phòng UBND tỉnh Lạng Sơn",
                "locality": "phường Lương Văn Tri",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": True,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Lộc Văn Hùng",
                "position": "Phóng viên",
                "unit": "Báo và Phát thanh, Truyền hình Lạng Sơn",
                "locality": "phường Tam Thanh",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": True,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Hứa Thị Thu Hằng",
                "position": "Chuyên viên",
                "unit": "Sở Tài chính tỉnh Lạng Sơn",
                "locality": "phường Lương Văn Tri",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": True,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Mã Văn Phúc",
                "position": "Kỹ sư",
                "unit": "Sở Khoa học và Công nghệ tỉnh Lạng Sơn",
                "locality": "phường Tam Thanh",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": True,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Hoàng Thị Thúy",
                "position": "Giáo viên",
                "unit": "Trường Tiểu học Văn Quan",
                "locality": "xã Văn Quan",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": True,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Đào Quang Huy",
                "position": "Phó Chủ tịch UBND xã Văn Quan",
                "unit": "UBND xã Văn Quan",
                "locality": "xã Văn Quan",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Lâm Văn Sơn",
                "position": "Giám đốc Hợp tác xã Thạch đen Tràng Định",
                "unit": "Liên minh Hợp tác xã tỉnh Lạng Sơn",
                "locality": "xã Tràng Định",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Nguyễn Thu Trang",
                "position": "Phó Trưởng phòng",
                "unit": "Sở Tài chính tỉnh Lạng Sơn",
                "locality": "phường Lương Văn Tri",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
        ],
    },
    {
        "number": "168/QĐ-UBND",
        "signed_on": "2026-01-30",
        "level": "chu_tich_ubnd_tinh",
        "award_form": "Chiến sĩ thi đua cấp tỉnh",
        "title": "Quyết định 168/QĐ-UBND tặng danh hiệu Chiến sĩ thi đua cấp tỉnh năm 2025",
        "reason": (
            "đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm 2025, có sáng kiến được "
            "công nhận, áp dụng hiệu quả và có phạm vi ảnh hưởng trong toàn tỉnh."
        ),
        "awardees": [
            {
                "kind": "individual",
                "full_name": "Đào Thị Ngọc Ánh",
                "position": "Bác sĩ chuyên khoa II, Trưởng khoa Hồi sức tích cực",
                "unit": "Bệnh viện Đa khoa tỉnh Lạng Sơn",
                "locality": "phường Đông Kinh",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Hoàng Minh Đức",
                "position": "Giáo viên Toán",
                "unit": "Trường THPT Chuyên Chu Văn An",
                "locality": "phường Lương Văn Tri",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": True,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Lục Thị Thảo",
                "position": "Giáo viên",
                "unit": "Trường Tiểu học Đông Kinh",
                "locality": "phường Đông Kinh",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": True,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Nguyễn Thị Thanh Bình",
                "position": "Điều dưỡng Khoa Nhi",
                "unit": "Bệnh viện Đa khoa tỉnh Lạng Sơn",
                "locality": "phường Đông Kinh",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": True,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Vi Văn Mạnh",
                "position": "Bác sĩ",
                "unit": "Trạm Y tế xã Na Dương",
                "locality": "xã Na Dương",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": True,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Hà Quang Trung",
                "position": ("Chuyên viên Phòng Nghiệp vụ Khen thưởng, Ban Thi đua – Khen thưởng"),
                "unit": "Sở Nội vụ tỉnh Lạng Sơn",
                "locality": "phường Lương Văn Tri",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": True,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Triệu Văn Lâm",
                "position": "Kiểm lâm viên",
                "unit": "Hạt Kiểm lâm khu vực Đình Lập",
                "locality": "xã Đình Lập",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": True,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Nông Văn Thái",
                "position": "Công nhân sửa chữa cơ khí",
                "unit": "Công ty cổ phần Vật liệu xây dựng Chi Lăng",
                "locality": "xã Chi Lăng",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": True,
                "worker": True,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Lương Thị Hải Yến",
                "position": "Viên chức Trung tâm Khuyến nông",
                "unit": "Sở Nông nghiệp và Môi trường tỉnh Lạng Sơn",
                "locality": "phường Tam Thanh",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": True,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Hoàng Văn Bình",
                "position": "Trưởng phòng Kinh tế",
                "unit": "UBND xã Bắc Sơn",
                "locality": "xã Bắc Sơn",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Đinh Thị Phương Thảo",
                "position": "Phó Chánh Văn phòng",
                "unit": "Sở Tài chính tỉnh Lạng Sơn",
                "locality": "phường Lương Văn Tri",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "individual",
                "full_name": "Mông Văn Cường",
                "position": "Phó Hiệu trưởng Trường THPT Lộc Bình",
                "unit": "Sở Giáo dục và Đào tạo tỉnh Lạng Sơn",
                "locality": "xã Lộc Bình",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
        ],
    },
    {
        "number": "169/QĐ-UBND",
        "signed_on": "2026-01-30",
        "level": "chu_tich_ubnd_tinh",
        "award_form": "Tập thể lao động xuất sắc",
        "title": "Quyết định 169/QĐ-UBND tặng danh hiệu Tập thể lao động xuất sắc năm 2025",
        "reason": (
            "đã có thành tích xuất sắc trong thực hiện nhiệm vụ và phong trào thi đua năm 2025."
        ),
        "awardees": [
            {
                "kind": "collective",
                "full_name": "Phòng Nghiệp vụ Thi đua",
                "position": "",
                "unit": "Ban Thi đua – Khen thưởng, Sở Nội vụ tỉnh Lạng Sơn",
                "locality": "phường Lương Văn Tri",
                "award_form": "",
                "small_collective": True,
                "grassroots": False,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "collective",
                "full_name": "Khoa Nhi",
                "position": "",
                "unit": "Bệnh viện Đa khoa tỉnh Lạng Sơn",
                "locality": "phường Đông Kinh",
                "award_form": "",
                "small_collective": True,
                "grassroots": False,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "collective",
                "full_name": "Trạm Y tế xã Na Dương",
                "position": "",
                "unit": "Trung tâm Y tế khu vực Lộc Bình",
                "locality": "xã Na Dương",
                "award_form": "",
                "small_collective": True,
                "grassroots": True,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "collective",
                "full_name": "Trường Tiểu học Đông Kinh",
                "position": "",
                "unit": "UBND phường Đông Kinh",
                "locality": "phường Đông Kinh",
                "award_form": "",
                "small_collective": False,
                "grassroots": True,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "collective",
                "full_name": "Trường Mầm non Hoa Sen",
                "position": "",
                "unit": "UBND phường Tam Thanh",
                "locality": "phường Tam Thanh",
                "award_form": "",
                "small_collective": False,
                "grassroots": True,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "collective",
                "full_name": "Trường THPT Lộc Bình",
                "position": "",
                "unit": "Sở Giáo dục và Đào tạo tỉnh Lạng Sơn",
                "locality": "xã Lộc Bình",
                "award_form": "",
                "small_collective": False,
                "grassroots": True,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "collective",
                "full_name": "Trường Phổ thông dân tộc nội trú THCS và THPT Đình Lập",
                "position": "",
                "unit": "Sở Giáo dục và Đào tạo tỉnh Lạng Sơn",
                "locality": "xã Đình Lập",
                "award_form": "",
                "small_collective": False,
                "grassroots": True,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "collective",
                "full_name": "Phòng Kinh tế",
                "position": "",
                "unit": "UBND xã Bắc Sơn",
                "locality": "xã Bắc Sơn",
                "award_form": "",
                "small_collective": True,
                "grassroots": False,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "collective",
                "full_name": "Phòng Văn hóa – Xã hội",
                "position": "",
                "unit": "UBND xã Na Sầm",
                "locality": "xã Na Sầm",
                "award_form": "",
                "small_collective": True,
                "grassroots": False,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "collective",
                "full_name": "Ủy ban nhân dân xã Tân Đoàn",
                "position": "",
                "unit": "UBND tỉnh Lạng Sơn",
                "locality": "xã Tân Đoàn",
                "award_form": "",
                "small_collective": False,
                "grassroots": True,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "collective",
                "full_name": "Ủy ban nhân dân xã Thất Khê",
                "position": "",
                "unit": "UBND tỉnh Lạng Sơn",
                "locality": "xã Thất Khê",
                "award_form": "",
                "small_collective": False,
                "grassroots": True,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "collective",
                "full_name": "Phòng Quản lý thương mại",
                "position": "",
                "unit": "Sở Công Thương tỉnh Lạng Sơn",
                "locality": "phường Lương Văn Tri",
                "award_form": "",
                "small_collective": True,
                "grassroots": False,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "collective",
                "full_name": "Trung tâm Phục vụ hành chính công tỉnh",
                "position": "",
                "unit": "Văn phòng UBND tỉnh Lạng Sơn",
                "locality": "phường Lương Văn Tri",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "collective",
                "full_name": "Sở Xây dựng tỉnh Lạng Sơn",
                "position": "",
                "unit": "UBND tỉnh Lạng Sơn",
                "locality": "phường Đông Kinh",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "collective",
                "full_name": "Hợp tác xã Nông nghiệp Tân Tri",
                "position": "",
                "unit": "Liên minh Hợp tác xã tỉnh Lạng Sơn",
                "locality": "xã Tân Tri",
                "award_form": "",
                "small_collective": True,
                "grassroots": True,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
        ],
    },
    {
        "number": "170/QĐ-UBND",
        "signed_on": "2026-01-30",
        "level": "chu_tich_ubnd_tinh",
        "award_form": "Cờ thi đua của UBND tỉnh",
        "title": "Quyết định 170/QĐ-UBND tặng Cờ thi đua của UBND tỉnh năm 2025",
        "reason": (
            "đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm 2025, là tập thể tiêu biểu "
            "dẫn đầu phong trào thi đua của cụm, khối thi đua của tỉnh."
        ),
        "awardees": [
            {
                "kind": "collective",
                "full_name": "Sở Công Thương tỉnh Lạng Sơn",
                "position": "",
                "unit": "Cụm thi đua các sở, ngành kinh tế",
                "locality": "phường Lương Văn Tri",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "collective",
                "full_name": "Ủy ban nhân dân phường Đông Kinh",
                "position": "",
                "unit": "Cụm thi đua các phường",
                "locality": "phường Đông Kinh",
                "award_form": "",
                "small_collective": False,
                "grassroots": True,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "collective",
                "full_name": "Ủy ban nhân dân xã Na Dương",
                "position": "",
                "unit": "Cụm thi đua các xã khu vực phía Đông",
                "locality": "xã Na Dương",
                "award_form": "",
                "small_collective": False,
                "grassroots": True,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "collective",
                "full_name": "Ủy ban nhân dân xã Đồng Đăng",
                "position": "",
                "unit": "Cụm thi đua các xã biên giới",
                "locality": "xã Đồng Đăng",
                "award_form": "",
                "small_collective": False,
                "grassroots": True,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "collective",
                "full_name": "Trường THPT Hữu Lũng",
                "position": "",
                "unit": "Sở Giáo dục và Đào tạo tỉnh Lạng Sơn",
                "locality": "xã Hữu Lũng",
                "award_form": "",
                "small_collective": False,
                "grassroots": True,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "collective",
                "full_name": "Trung tâm Y tế khu vực Lộc Bình",
                "position": "",
                "unit": "Sở Y tế tỉnh Lạng Sơn",
                "locality": "xã Lộc Bình",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "collective",
                "full_name": "Hội Nông dân tỉnh Lạng Sơn",
                "position": "",
                "unit": "Khối thi đua Mặt trận Tổ quốc và các đoàn thể tỉnh",
                "locality": "phường Lương Văn Tri",
                "award_form": "",
                "small_collective": False,
                "grassroots": False,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
            {
                "kind": "collective",
                "full_name": "Công ty cổ phần Vật liệu xây dựng Chi Lăng",
                "position": "",
                "unit": "Khối thi đua các doanh nghiệp",
                "locality": "xã Chi Lăng",
                "award_form": "",
                "small_collective": False,
                "grassroots": True,
                "direct_worker": False,
                "worker": False,
                "farmer": False,
            },
        ],
    },
]
