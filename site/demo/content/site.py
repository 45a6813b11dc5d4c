"""Demo content for the public portal of the Lạng Sơn Emulation and Commendation Council.

Plain data only: site settings, footer and social links, section index pages, standard
pages, news articles, sample units, quick links and the home page texts. Body text is a
list of blocks, each ("heading", text) or ("paragraph", text), with plain text only.

Document numbers and quoted passages come from the published documents themselves
(Công văn 3441/UBND-KTTH, Quyết định 1657/QĐ-UBND, Kế hoạch
12/KH-UBND, Văn bản 962/SNV-TĐKT). People, addresses, telephone numbers, licence numbers,
social accounts, figures and the companies and cooperatives named here are fictional.
"""

SITE_SETTINGS = {
    "council_name": "Hội đồng Thi đua – Khen thưởng tỉnh Lạng Sơn",
    "office_name": "Ban Thi đua – Khen thưởng, Sở Nội vụ tỉnh Lạng Sơn",
    "province": "Lạng Sơn",
    "address": (
        "Tầng 2, trụ sở Sở Nội vụ, số 52 đường Lê Lợi, phường Lương Văn Tri, tỉnh Lạng Sơn"
    ),
    "phone": "0205 3812 246",
    "email": "bantdkt@langson.gov.vn",
    "working_hours": (
        "Sáng từ 7 giờ 30 đến 11 giờ 30, chiều từ 13 giờ 30 đến 16 giờ 30, "
        "từ thứ Hai đến thứ Sáu (trừ ngày nghỉ lễ, Tết)"
    ),
    "footer_note": (
        "Trang thông tin điện tử của Hội đồng Thi đua – Khen thưởng tỉnh Lạng Sơn, "
        "Giấy phép số 21/GP-TTĐT ngày 15/6/2022; khi phát hành lại thông tin từ trang này, "
        "đề nghị ghi rõ nguồn."
    ),
}

FOOTER_LINKS = [
    ("Giới thiệu", "/gioi-thieu/"),
    ("Văn bản", "/van-ban/"),
    ("Hỏi đáp", "/hoi-dap/"),
    ("Liên hệ", "/lien-he/"),
    ("Chính sách bảo vệ dữ liệu cá nhân", "/chinh-sach-bao-ve-du-lieu-ca-nhan/"),
    ("Yêu cầu về dữ liệu cá nhân của bạn", "/du-lieu-ca-nhan/"),
]

SOCIAL_LINKS = [
    (
        "facebook",
        "Trang Facebook của Hội đồng Thi đua – Khen thưởng tỉnh Lạng Sơn",
        "https://www.facebook.com/thiduakhenthuonglangson",
    ),
    (
        "youtube",
        "Kênh YouTube Thi đua – Khen thưởng Lạng Sơn",
        "https://www.youtube.com/@thiduakhenthuonglangson",
    ),
    (
        "zalo",
        "Tài khoản Zalo chính thức của Ban Thi đua – Khen thưởng",
        "https://zalo.me/2987654321098765432",
    ),
]

INDEX_PAGES = [
    {
        "slug": "tin-tuc",
        "title": "Tin tức – Sự kiện",
        "intro": (
            "Tin hoạt động của Hội đồng Thi đua – Khen thưởng tỉnh, các phong trào thi đua "
            "và sự kiện biểu dương, tôn vinh, khen thưởng trên địa bàn tỉnh Lạng Sơn."
        ),
    },
    {
        "slug": "van-ban",
        "title": "Văn bản",
        "intro": (
            "Văn bản của Trung ương và của tỉnh về thi đua, khen thưởng: luật, nghị định, "
            "thông tư, quyết định, kế hoạch, hướng dẫn và biểu mẫu. Tra cứu theo số ký hiệu, "
            "trích yếu, cơ quan ban hành hoặc năm ban hành."
        ),
    },
    {
        "slug": "khen-thuong",
        "title": "Quyết định khen thưởng",
        "intro": (
            "Quyết định khen thưởng cấp Nhà nước và cấp tỉnh kèm danh sách tập thể, cá nhân "
            "được khen thưởng, được công khai để cơ quan, đơn vị và Nhân dân cùng theo dõi."
        ),
    },
    {
        "slug": "tra-cuu",
        "title": "Tra cứu khen thưởng",
        "intro": (
            "Tra cứu, xác minh thông tin khen thưởng của tập thể, cá nhân theo họ tên, đơn vị, "
            "hình thức khen thưởng hoặc số quyết định. Có thể gõ tiếng Việt có dấu hoặc "
            "không dấu."
        ),
    },
    {
        "slug": "thong-ke",
        "title": "Thống kê khen thưởng",
        "intro": (
            "Số liệu khen thưởng theo năm, theo cấp khen thưởng và theo đối tượng, đối chiếu "
            "với chỉ tiêu khen thưởng tập thể nhỏ, người lao động trực tiếp, công nhân và nông "
            "dân mà tỉnh đã đề ra."
        ),
    },
    {
        "slug": "guong-dien-hinh",
        "title": "Gương điển hình tiên tiến",
        "intro": (
            "Bài viết, hình ảnh, phim ngắn về các tập thể, cá nhân điển hình tiên tiến, gương "
            "người tốt, việc tốt trong các phong trào thi đua. Bạn đọc có thể gửi cảm nhận về "
            "từng câu chuyện."
        ),
    },
    {
        "slug": "phong-trao",
        "title": "Phong trào thi đua",
        "intro": (
            "Các phong trào thi đua do Trung ương và tỉnh phát động: nội dung, tiêu chí, thời "
            "gian thực hiện, kết quả sơ kết, tổng kết và hoạt động của các cụm, khối thi đua."
        ),
    },
    {
        "slug": "lay-y-kien",
        "title": "Lấy ý kiến nhân dân",
        "intro": (
            "Danh sách tập thể, cá nhân được đề nghị tặng Huân chương, danh hiệu vinh dự Nhà "
            "nước và các hình thức khen thưởng cấp cao được công khai để Nhân dân góp ý. Số "
            "điện thoại, thư điện tử và địa chỉ của người góp ý không được công khai."
        ),
    },
    {
        "slug": "hoi-dap",
        "title": "Hỏi đáp",
        "intro": (
            "Gửi câu hỏi, kiến nghị về thi đua, khen thưởng và theo dõi câu trả lời bằng mã "
            "tra cứu; xem lại các câu hỏi đã được cơ quan thường trực giải đáp."
        ),
    },
    {
        "slug": "dang-ky-thi-dua",
        "title": "Đăng ký thi đua",
        "intro": (
            "Khu vực dành cho cán bộ làm công tác thi đua, khen thưởng của các cơ quan, đơn "
            "vị: đăng ký danh hiệu và chỉ tiêu thi đua hằng năm, báo cáo kết quả sơ kết, tổng "
            "kết trực tuyến."
        ),
    },
]

STANDARD_PAGES = [
    {
        "slug": "gioi-thieu",
        "title": "Giới thiệu",
        "lead": (
            "Hội đồng Thi đua – Khen thưởng tỉnh Lạng Sơn tham mưu, tư vấn cho Tỉnh ủy, Ủy ban "
            "nhân dân tỉnh về công tác thi đua, khen thưởng. Ban Thi đua – Khen thưởng, Sở Nội "
            "vụ là cơ quan thường trực của Hội đồng."
        ),
        "body": [
            ("heading", "Vị trí, chức năng"),
            (
                "paragraph",
                "Hội đồng Thi đua – Khen thưởng tỉnh do Chủ tịch Ủy ban nhân dân tỉnh quyết định "
                "thành lập, hoạt động theo Luật Thi đua, khen thưởng năm 2022, Nghị định số "
                "152/2025/NĐ-CP ngày 14/6/2025 của Chính phủ quy định chi tiết thi hành một số "
                "điều của Luật Thi đua, khen thưởng và Quy chế hoạt động của Hội đồng. Hội đồng "
                "có chức năng tham mưu, tư vấn cho cấp ủy, chính quyền tỉnh về công tác thi đua, "
                "khen thưởng trên địa bàn tỉnh.",
            ),
            ("heading", "Nhiệm vụ của Hội đồng"),
            (
                "paragraph",
                "Hội đồng tham mưu tổ chức các phong trào thi đua và việc triển khai chủ trương, "
                "chính sách, pháp luật về thi đua, khen thưởng; định kỳ đánh giá phong trào thi "
                "đua và công tác khen thưởng, kiến nghị các chủ trương, biện pháp đẩy mạnh phong "
                "trào thi đua yêu nước; tham mưu sơ kết, tổng kết, phát hiện và nhân rộng điển "
                "hình tiên tiến; xem xét, đề nghị Chủ tịch Ủy ban nhân dân tỉnh khen thưởng hoặc "
                "trình cấp trên khen thưởng; kiểm tra, giám sát các phong trào thi đua và việc "
                "thực hiện chính sách, pháp luật về thi đua, khen thưởng.",
            ),
            ("heading", "Cơ quan thường trực của Hội đồng"),
            (
                "paragraph",
                "Sở Nội vụ, trực tiếp là Ban Thi đua – Khen thưởng, là cơ quan thường trực của "
                "Hội đồng: tiếp nhận, thẩm định hồ sơ đề nghị khen thưởng; theo dõi, đôn đốc các "
                "cụm, khối thi đua, các sở, ban, ngành, đoàn thể và địa phương thực hiện kế "
                "hoạch thi đua, khen thưởng; tổ chức lấy ý kiến Nhân dân và chuẩn bị nội dung "
                "các phiên họp của Hội đồng; tập huấn, bồi dưỡng nghiệp vụ cho đội ngũ cán bộ "
                "làm công tác thi đua, khen thưởng.",
            ),
            ("heading", "Cổng thông tin Thi đua – Khen thưởng"),
            (
                "paragraph",
                "Thực hiện Đề án “Nâng cao chất lượng công tác thi đua, khen thưởng trên địa bàn "
                "tỉnh Lạng Sơn giai đoạn 2021 - 2025” ban hành kèm theo Quyết định số "
                "1657/QĐ-UBND ngày 19/8/2021 của UBND tỉnh, trang thông tin điện tử của Hội đồng "
                "được nâng cấp thành Cổng thông tin với tám chức năng dưới đây.",
            ),
            (
                "paragraph",
                "(1) Thông tin kịp thời về đường lối, chủ trương của Đảng, chính sách, pháp luật "
                "của Nhà nước và các quy định của tỉnh về thi đua, khen thưởng; (2) thông tin về "
                "các phong trào thi đua diễn ra trên địa bàn tỉnh; (3) trao đổi nghiệp vụ về thi "
                "đua, khen thưởng: hướng dẫn, biểu mẫu, hỏi đáp; (4) thực hiện đăng ký thi đua, "
                "báo cáo kết quả phong trào thi đua trực tuyến.",
            ),
            (
                "paragraph",
                "(5) Đăng tải văn bản về thi đua, khen thưởng và quyết định khen thưởng cấp Nhà "
                "nước, cấp tỉnh kèm danh sách tập thể, cá nhân được khen thưởng; (6) lấy ý kiến "
                "công dân, tổ chức đối với các danh hiệu thi đua và hình thức khen thưởng theo "
                "quy định; (7) tuyên truyền bằng bài viết, hình ảnh, phim ngắn về các gương điển "
                "hình tiên tiến; (8) tiếp nhận, xử lý góp ý, đề xuất và giải đáp thắc mắc của tổ "
                "chức, công dân liên quan đến công tác thi đua, khen thưởng.",
            ),
            (
                "paragraph",
                "Dữ liệu khen thưởng trên Cổng được cập nhật thường xuyên để người dân, cơ quan, "
                "đơn vị tra cứu, xác minh và thống kê theo năm, theo cấp khen thưởng và theo đối "
                "tượng được khen thưởng.",
            ),
        ],
    },
    {
        "slug": "lien-he",
        "title": "Liên hệ",
        "lead": (
            "Người dân, cơ quan, tổ chức có thể liên hệ với cơ quan thường trực của Hội đồng "
            "Thi đua – Khen thưởng tỉnh qua các kênh dưới đây."
        ),
        "body": [
            ("heading", "Cơ quan thường trực Hội đồng"),
            (
                "paragraph",
                "Ban Thi đua – Khen thưởng, Sở Nội vụ tỉnh Lạng Sơn. Địa chỉ: Tầng 2, trụ sở Sở "
                "Nội vụ, số 52 đường Lê Lợi, phường Lương Văn Tri, tỉnh Lạng Sơn.",
            ),
            (
                "paragraph",
                "Điện thoại: 0205 3812 246. Thư điện tử: bantdkt@langson.gov.vn.",
            ),
            ("heading", "Thời gian làm việc"),
            (
                "paragraph",
                "Sáng từ 7 giờ 30 đến 11 giờ 30, chiều từ 13 giờ 30 đến 16 giờ 30, từ thứ Hai "
                "đến thứ Sáu, trừ ngày nghỉ lễ, Tết theo quy định. Thư điện tử và ý kiến gửi "
                "trực tuyến ngoài giờ làm việc được xử lý vào ngày làm việc tiếp theo.",
            ),
            ("heading", "Gửi ý kiến bằng văn bản"),
            (
                "paragraph",
                "Ý kiến góp ý đối với tập thể, cá nhân được đề nghị khen thưởng và các kiến nghị, "
                "phản ánh về công tác thi đua, khen thưởng được gửi bằng văn bản, ghi rõ họ tên, "
                "số điện thoại, địa chỉ của người gửi, theo một trong các cách: gửi trực tuyến "
                "tại mục Lấy ý kiến nhân dân hoặc Hỏi đáp trên Cổng; gửi qua đường bưu chính "
                "hoặc nộp trực tiếp tại Ban Thi đua – Khen thưởng; gửi thư điện tử có đính kèm "
                "văn bản. Mỗi ý kiến gửi trực tuyến được cấp một mã tra cứu để theo dõi kết quả "
                "xử lý.",
            ),
            (
                "paragraph",
                "Cơ quan thường trực không xem xét đơn, thư nặc danh, không ký tên hoặc không ghi "
                "rõ địa chỉ. Thông tin cá nhân của người gửi chỉ dùng để xác minh, trả lời và "
                "được bảo vệ theo Chính sách bảo vệ dữ liệu cá nhân của Cổng.",
            ),
            ("heading", "Tiếp công dân"),
            (
                "paragraph",
                "Ban Thi đua – Khen thưởng tiếp công dân trong giờ hành chính các ngày làm việc "
                "tại trụ sở cơ quan. Lãnh đạo Sở Nội vụ tiếp công dân định kỳ vào ngày 15 hằng "
                "tháng; nếu trùng ngày nghỉ, lễ, Tết thì chuyển sang ngày làm việc tiếp theo. "
                "Khi đến làm việc, công dân mang theo thẻ căn cước hoặc giấy tờ tùy thân và tài "
                "liệu liên quan đến nội dung cần trình bày.",
            ),
        ],
    },
    {
        "slug": "chinh-sach-bao-ve-du-lieu-ca-nhan",
        "title": "Chính sách bảo vệ dữ liệu cá nhân",
        "lead": (
            "Cổng thông tin Thi đua – Khen thưởng tỉnh Lạng Sơn chỉ thu thập những dữ liệu cá "
            "nhân cần thiết cho từng mục đích nêu dưới đây, chỉ lưu trong thời hạn mục đích đó "
            "cần, và bảo vệ các dữ liệu đó theo quy định của pháp luật."
        ),
        "body": [
            ("heading", "Căn cứ áp dụng"),
            (
                "paragraph",
                "Chính sách này được xây dựng theo Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15 "
                "và Nghị định số 356/2025/NĐ-CP của Chính phủ quy định chi tiết thi hành Luật "
                "(cùng có hiệu lực từ ngày 01/01/2026). Bên kiểm soát và xử lý dữ liệu là Sở Nội "
                "vụ tỉnh Lạng Sơn, trực tiếp là Ban Thi đua – Khen thưởng.",
            ),
            ("heading", "Mục đích, dữ liệu được thu thập và thời hạn lưu giữ"),
            (
                "paragraph",
                "Góp ý về tập thể, cá nhân được đề nghị khen thưởng (lấy ý kiến nhân dân): Cổng "
                "lưu họ và tên, số điện thoại, thư điện tử, địa chỉ, nội dung ý kiến và địa chỉ "
                "mạng (IP) của lần gửi, để xác minh người góp ý và tổng hợp ý kiến báo cáo Hội "
                "đồng Thi đua – Khen thưởng tỉnh. Số điện thoại, thư điện tử, địa chỉ và IP được "
                "xóa 12 tháng sau khi đợt lấy ý kiến kết thúc; họ tên và nội dung ý kiến được "
                "lưu cùng hồ sơ khen thưởng theo quy định về lưu trữ.",
            ),
            (
                "paragraph",
                "Bình luận của bạn đọc về tin bài, gương điển hình: Cổng lưu họ và tên, thư điện "
                "tử, nội dung bình luận và IP, để kiểm duyệt và liên hệ khi cần. Thư điện tử và "
                "IP được xóa 12 tháng sau ngày gửi bình luận.",
            ),
            (
                "paragraph",
                "Câu hỏi, kiến nghị, phản ánh: Cổng lưu họ và tên, thư điện tử, số điện thoại "
                "(nếu có), nội dung, tệp đính kèm (nếu có) và IP, để trả lời, gửi thư xác nhận "
                "và câu trả lời. Thư điện tử, số điện thoại và IP được xóa 24 tháng sau khi trả "
                "lời (câu hỏi chưa được trả lời: 24 tháng sau ngày gửi); sau đó không còn tra "
                "cứu được câu hỏi bằng mã tiếp nhận.",
            ),
            (
                "paragraph",
                "Cán bộ của cơ quan, đơn vị dùng chức năng đăng ký thi đua: Cổng lưu họ tên, "
                "chức vụ, đơn vị công tác và thư điện tử công vụ, để quản lý tài khoản và hồ sơ "
                "của đơn vị, trong thời gian tài khoản còn được sử dụng.",
            ),
            (
                "paragraph",
                "Mỗi biểu mẫu hỏi sự đồng ý riêng cho mục đích của nó, không đánh dấu sẵn; Cổng "
                "lưu bằng chứng đồng ý (ai, lúc nào, với nội dung nào). Thời hạn lưu giữ nêu "
                "trên được hệ thống tự động áp dụng hằng ngày. Dữ liệu không được dùng cho mục "
                "đích quảng cáo, không bán hoặc chuyển giao cho bên thứ ba, trừ trường hợp cơ "
                "quan nhà nước có thẩm quyền yêu cầu theo quy định của pháp luật.",
            ),
            ("heading", "Những thông tin không bao giờ được công khai"),
            (
                "paragraph",
                "Số điện thoại, thư điện tử và địa chỉ của người gửi không bao giờ được đăng "
                "công khai: không hiển thị trên trang, trong kết quả tìm kiếm, bản tin, dữ liệu "
                "xuất công khai, địa chỉ trang (URL) hay mã nguồn trang. Chỉ họ tên và nội dung "
                "ý kiến, câu hỏi đã được kiểm duyệt mới có thể được đăng.",
            ),
            ("heading", "Quyền của chủ thể dữ liệu và cách thực hiện"),
            (
                "html",
                "Người gửi có quyền được biết về việc xử lý dữ liệu; đồng ý hoặc rút lại sự đồng "
                "ý; xem, nhận bản sao, yêu cầu chỉnh sửa, xóa, hạn chế xử lý dữ liệu của mình; "
                "phản đối việc xử lý; khiếu nại, tố cáo và yêu cầu bồi thường theo quy định của "
                "pháp luật. Yêu cầu được gửi trực tuyến tại trang "
                '<a href="/du-lieu-ca-nhan/">Yêu cầu về dữ liệu cá nhân</a>. '
                "Ban Thi đua – Khen thưởng xác nhận đã nhận yêu cầu trong 02 "
                "ngày làm việc và trả lời trong 10 ngày (xem, nhận bản sao, chỉnh sửa), 15 ngày "
                "(rút lại sự đồng ý, hạn chế xử lý, phản đối) hoặc 20 ngày (xóa dữ liệu); được "
                "gia hạn một lần và người gửi được thông báo lý do. Hồ sơ yêu cầu đã giải quyết "
                "được giữ làm bằng chứng; thư điện tử và nội dung yêu cầu được xóa 36 tháng sau "
                "khi giải quyết xong.",
            ),
            ("heading", "Khi xảy ra sự cố dữ liệu cá nhân"),
            (
                "paragraph",
                "Mọi sự cố làm lộ, mất hoặc sai lệch dữ liệu cá nhân được ghi vào sổ theo dõi, "
                "thông báo cơ quan chuyên trách bảo vệ dữ liệu cá nhân trong 72 giờ kể từ khi "
                "phát hiện, và thông báo người bị ảnh hưởng khi sự cố có thể gây hại cho họ.",
            ),
            ("heading", "Liên hệ"),
            (
                "paragraph",
                "Ban Thi đua – Khen thưởng, Sở Nội vụ tỉnh Lạng Sơn: thư điện tử "
                "bantdkt@langson.gov.vn, điện thoại 0205 3812 246.",
            ),
        ],
    },
    {
        "slug": "co-cau-to-chuc",
        "title": "Cơ cấu tổ chức",
        "lead": (
            "Hội đồng Thi đua – Khen thưởng tỉnh được kiện toàn theo quyết định của Chủ tịch "
            "UBND tỉnh, gồm Chủ tịch, các Phó Chủ tịch và các Ủy viên là lãnh đạo các cơ quan, "
            "đơn vị, đoàn thể của tỉnh."
        ),
        "body": [
            ("heading", "Chủ tịch Hội đồng"),
            (
                "paragraph",
                "Chủ tịch Ủy ban nhân dân tỉnh là Chủ tịch Hội đồng, lãnh đạo toàn diện hoạt "
                "động của Hội đồng, chủ trì các phiên họp xét khen thưởng và quyết định những "
                "vấn đề quan trọng về thi đua, khen thưởng của tỉnh.",
            ),
            ("heading", "Các Phó Chủ tịch Hội đồng"),
            (
                "paragraph",
                "Ông Nguyễn Văn Thắng, Giám đốc Sở Nội vụ, Phó Chủ tịch Thường trực Hội đồng: "
                "giúp Chủ tịch Hội đồng điều hành công việc thường xuyên, chỉ đạo cơ quan thường "
                "trực thẩm định hồ sơ và chuẩn bị nội dung các phiên họp.",
            ),
            (
                "paragraph",
                "Phó Chủ tịch Ủy ban nhân dân tỉnh phụ trách lĩnh vực văn hóa – xã hội và Chủ "
                "tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh là Phó Chủ tịch Hội đồng, theo dõi "
                "phong trào thi đua trong các lĩnh vực được phân công.",
            ),
            ("heading", "Các Ủy viên Hội đồng"),
            (
                "paragraph",
                "Ủy viên Hội đồng gồm: Chánh Văn phòng Ủy ban nhân dân tỉnh; Trưởng Ban Tuyên "
                "giáo và Dân vận Tỉnh ủy; Giám đốc các Sở Tài chính, Giáo dục và Đào tạo, Y tế, "
                "Nông nghiệp và Môi trường, Văn hóa, Thể thao và Du lịch; Chỉ huy trưởng Bộ Chỉ "
                "huy Quân sự tỉnh; Giám đốc Công an tỉnh; Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên "
                "phòng tỉnh; Chủ tịch Liên đoàn Lao động tỉnh; Chủ tịch Hội Nông dân tỉnh; Chủ "
                "tịch Hội Liên hiệp Phụ nữ tỉnh; Bí thư Tỉnh đoàn.",
            ),
            (
                "paragraph",
                "Bà Đào Thị Minh Phương, Trưởng Ban Thi đua – Khen thưởng, Sở Nội vụ, Ủy viên kiêm "
                "Thư ký Hội đồng: tổng hợp hồ sơ, ý kiến của Nhân dân và kết quả biểu quyết, dự "
                "thảo thông báo kết luận các phiên họp.",
            ),
            ("heading", "Cơ quan thường trực"),
            (
                "paragraph",
                "Ban Thi đua – Khen thưởng, Sở Nội vụ có Trưởng ban, các Phó Trưởng ban và các "
                "bộ phận: Văn phòng Ban, Phòng Nghiệp vụ Thi đua, Phòng Nghiệp vụ Khen thưởng. "
                "Mỗi cụm, khối thi đua của tỉnh có một công chức của Ban theo dõi, hướng dẫn.",
            ),
            (
                "paragraph",
                "Thành phần Hội đồng được kiện toàn khi có thay đổi về nhân sự; danh sách trên "
                "được cập nhật theo quyết định kiện toàn gần nhất của Chủ tịch UBND tỉnh.",
            ),
        ],
    },
]

NEWS = [
    {
        "title": "Chỉ đạo nâng cao chất lượng công tác thi đua, khen thưởng",
        "slug": "chi-dao-nang-cao-chat-luong-cong-tac-thi-dua-khen-thuong",
        "date": "2020-09-11 16:06",
        "lead": (
            "Ngày 11/9/2020, UBND tỉnh ban hành Công văn số 3441/UBND-KTTH về việc nâng cao "
            "chất lượng công tác thi đua, khen thưởng."
        ),
        "body": [
            (
                "paragraph",
                "Để nâng cao chất lượng công tác thi đua, khen thưởng trong thời gian tới, UBND "
                "tỉnh yêu cầu Thủ trưởng các sở, ban ngành, đoàn thể tỉnh, Chủ tịch UBND các "
                "huyện, thành phố và đơn vị thành viên các khối thi đua thuộc tỉnh thực hiện tốt "
                "những nhiệm vụ chủ yếu sau:",
            ),
            (
                "paragraph",
                "Phát huy tinh thần trách nhiệm, sâu sát cơ sở, nắm chắc tình hình, tập trung "
                "lãnh đạo, chỉ đạo, đẩy mạnh các phong trào thi đua thiết thực, hiệu quả, nội "
                "dung thi đua bám sát nhiệm vụ chính trị được giao và các nhiệm vụ, giải pháp "
                "chủ yếu thực hiện được mục tiêu vừa phòng chống có hiệu quả dịch bệnh Covid-19, "
                "vừa nỗ lực phục hồi kinh tế nhằm thực hiện thắng lợi các mục tiêu kế hoạch phát "
                "triển kinh tế - xã hội năm 2020 và kế hoạch 5 năm (2016 - 2020).",
            ),
            (
                "paragraph",
                "Nâng cao chất lượng công tác khen thưởng và đề nghị cấp trên khen thưởng, phải "
                "bảo đảm kịp thời, đúng quy định, công khai, minh bạch. Trong xét khen thưởng cần "
                "tăng cường việc phát hiện các tập thể, cá nhân có thành tích tiêu biểu xuất sắc "
                "trong các phong trào thi đua; các điển hình là công nhân, nông dân, người trực "
                "tiếp lao động; đơn vị cơ sở, vùng sâu, vùng xa, biên giới; các lĩnh vực trọng "
                "tâm, trọng yếu, khó khăn, độc hại, nguy hiểm để khen thưởng kịp thời. Tập thể, "
                "cá nhân được đề nghị khen thưởng phải thực sự tiêu biểu, nỗ lực phấn đấu, đổi "
                "mới, sáng tạo, hoàn thành xuất sắc nhiệm vụ được giao, đạt chất lượng hiệu quả; "
                "hình thức khen thưởng phù hợp với thành tích, công trạng đạt được và được dư "
                "luận đồng tình, tránh đề nghị khen thưởng tràn lan, gây dư luận không tốt trong "
                "xã hội.",
            ),
            (
                "paragraph",
                "Triển khai thực hiện nghiêm túc các quy định về Thi đua, khen thưởng; hồ sơ khen "
                "thưởng trình phải đảm bảo đúng quy định, đúng quy trình, thủ tục, tính chính xác "
                "về thành tích khi trình Ủy ban nhân dân tỉnh khen thưởng; thực hiện nghiêm túc "
                "thời gian trình khen thưởng theo đúng quy định.",
            ),
            (
                "paragraph",
                "UBND tỉnh giao Sở Nội vụ cung cấp đầy đủ mức độ hoàn thành, số lượng, chất lượng "
                "công tác chuyên môn của các tập thể, cá nhân được đề nghị khen thưởng nhằm đảm "
                "bảo việc khen thưởng được thực chất và đúng với thành tích đạt được.",
            ),
            (
                "paragraph",
                "Giao Ban Thi đua - Khen thưởng tỉnh (Cơ quan thường trực của Hội đồng Thi đua - "
                "Khen thưởng tỉnh) không xem xét, đề nghị khen thưởng đối với những hồ sơ không "
                "đảm bảo theo quy định; không tiếp nhận và trình khen thưởng đối với những hồ sơ "
                "gửi cận ngày hoặc quá thời gian theo quy định (trừ trường hợp khen thưởng đột "
                "xuất hoặc có quy định khác của UBND tỉnh). Hướng dẫn, kiểm tra các đơn vị, địa "
                "phương trên địa bàn tỉnh tổ chức thực hiện nghiêm túc quy định về công tác thi "
                "đua, khen thưởng.",
            ),
            (
                "paragraph",
                "Phối hợp các cơ quan, đơn vị có liên quan tham mưu kiện toàn Hội đồng Thi đua - "
                "Khen thưởng tỉnh theo hướng tinh gọn, hiệu lực, hiệu quả; nghiên cứu sửa đổi "
                "Quy chế hoạt động của Hội đồng Thi đua - Khen thưởng tỉnh theo hướng tăng cường "
                "hơn nữa việc tổ chức họp Hội đồng để thảo luận lấy phiếu biểu quyết về công tác "
                "thi đua khen thưởng, nhất là khen thưởng cấp Nhà nước. (Theo Cổng TTĐT tỉnh)",
            ),
        ],
        "category": "Chỉ đạo – điều hành",
    },
    {
        "title": (
            "Phê duyệt Đề án nâng cao chất lượng công tác thi đua, khen thưởng giai đoạn "
            "2021 - 2025"
        ),
        "slug": "phe-duyet-de-an-nang-cao-chat-luong-tdkt-2021-2025",
        "date": "2021-08-19 17:20",
        "lead": (
            "Ngày 19/8/2021, UBND tỉnh ban hành Quyết định số 1657/QĐ-UBND phê duyệt Đề án "
            "“Nâng cao chất lượng công tác thi đua, khen thưởng trên địa bàn tỉnh Lạng Sơn giai "
            "đoạn 2021 - 2025”."
        ),
        "body": [
            (
                "paragraph",
                "Đề án được xây dựng trên cơ sở đánh giá thực trạng công tác thi đua, khen thưởng "
                "giai đoạn 2015 - 2020. Trong giai đoạn này, các cấp trình khen thưởng đã quan "
                "tâm hướng về cơ sở, vùng sâu, vùng xa: tỷ lệ khen thưởng cấp Nhà nước cho các "
                "tập thể nhỏ đạt 55%, người lao động trực tiếp đạt 16,7%, công nhân, nông dân đạt "
                "3,49%; tỷ lệ khen thưởng cấp tỉnh đối với người lao động trực tiếp bình quân đạt "
                "70,4% (trong đó công nhân, nông dân chiếm 17,21%).",
            ),
            (
                "paragraph",
                "Bên cạnh kết quả đạt được, phong trào thi đua chưa phát triển đồng đều, liên "
                "tục, có nơi còn hình thức; hoạt động cụm, khối thi đua chưa đi vào chiều sâu; "
                "công tác lưu trữ hồ sơ, sổ vàng khen thưởng còn thực hiện thủ công, chủ yếu bằng "
                "bản giấy, ảnh hưởng tới công tác theo dõi, thống kê, tham mưu khen thưởng.",
            ),
            ("heading", "Mục tiêu đến năm 2025"),
            (
                "paragraph",
                "Hằng năm, 100% sở, ban, ngành, Mặt trận Tổ quốc, các đoàn thể chính trị - xã hội "
                "tỉnh, các huyện, thành phố, các doanh nghiệp thuộc cụm, khối thi đua của tỉnh tổ "
                "chức phát động và ký kết giao ước thi đua. Phấn đấu nâng tỷ lệ khen thưởng cấp "
                "Nhà nước cho các tập thể nhỏ đạt 60%, người lao động trực tiếp đạt trên 20%, "
                "công nhân, nông dân đạt từ 5% trở lên; tỷ lệ khen thưởng cấp tỉnh cho người lao "
                "động trực tiếp trên 75% (trong đó trên 20% là công nhân, nông dân); tập thể nhỏ, "
                "đơn vị cơ sở tiếp tục duy trì trên 75%.",
            ),
            ("heading", "Sáu nhóm nội dung trọng tâm"),
            (
                "paragraph",
                "Đề án đề ra sáu nhóm nội dung: nâng cao chất lượng tổ chức các phong trào thi "
                "đua yêu nước; nâng cao chất lượng công tác khen thưởng; tuyên truyền, bồi dưỡng, "
                "nhân điển hình tiên tiến; nâng cao chất lượng hoạt động của Hội đồng Thi đua – "
                "Khen thưởng và cơ quan thường trực; nâng cao chất lượng hoạt động của cụm, khối "
                "thi đua; cải cách hành chính về thi đua, khen thưởng. Trang thông tin điện tử "
                "của Hội đồng được nâng cấp để đăng tải văn bản, quyết định khen thưởng, thực "
                "hiện đăng ký thi đua trực tuyến, lấy ý kiến công dân và giải đáp thắc mắc của "
                "tổ chức, công dân.",
            ),
            (
                "paragraph",
                "Sở Nội vụ chủ trì triển khai Đề án, định kỳ hằng năm đánh giá kết quả, báo cáo "
                "UBND tỉnh; Sở Tài chính tham mưu bố trí kinh phí; các cụm, khối thi đua, các sở, "
                "ban, ngành, UBND các huyện, thành phố căn cứ nội dung Đề án xây dựng kế hoạch "
                "tổ chức thực hiện.",
            ),
        ],
        "category": "Chỉ đạo – điều hành",
    },
    {
        "title": "Ban hành Kế hoạch công tác thi đua, khen thưởng năm 2023",
        "slug": "ke-hoach-cong-tac-thi-dua-khen-thuong-nam-2023",
        "date": "2023-02-06 10:15",
        "lead": (
            "UBND tỉnh vừa ban hành Kế hoạch công tác thi đua, khen thưởng năm 2023, phân công "
            "nhiệm vụ cụ thể theo từng quý cho các sở, ban, ngành, đoàn thể tỉnh, UBND các "
            "huyện, thành phố và các cụm, khối thi đua."
        ),
        "body": [
            ("heading", "Quý I: tổng kết, đăng ký và ký kết giao ước thi đua"),
            (
                "paragraph",
                "Các cụm, khối thi đua và các đơn vị tổng kết công tác thi đua, khen thưởng năm "
                "2022, ký kết giao ước thi đua và đăng ký thi đua năm 2023; UBND tỉnh phát động "
                "phong trào thi đua năm 2023 và thông báo phân khối, cụm thi đua; Hội đồng Thi "
                "đua – Khen thưởng tỉnh họp xét khen thưởng tổng kết năm và công nhận danh hiệu "
                "Chiến sĩ thi đua cấp tỉnh. Kế hoạch công tác và bản đăng ký thi đua của các đơn "
                "vị gửi về Sở Nội vụ (qua Ban Thi đua – Khen thưởng) trước ngày 25/02/2023.",
            ),
            ("heading", "Quý II và quý III: thi đua theo chuyên đề, sơ kết giữa năm"),
            (
                "paragraph",
                "Trọng tâm quý II là đợt thi đua lập thành tích chào mừng kỷ niệm 75 năm Ngày "
                "Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc (11/6/1948 - 11/6/2023) và "
                "sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm. Quý III tập trung thẩm "
                "định hồ sơ khen thưởng ngành Giáo dục và Đào tạo năm học 2022 - 2023, tập huấn "
                "nghiệp vụ cho cán bộ làm công tác thi đua, khen thưởng và tuyên truyền Luật Thi "
                "đua, khen thưởng năm 2022, có hiệu lực từ ngày 01/01/2024.",
            ),
            ("heading", "Quý IV: kiểm tra, bình xét và tổng kết"),
            (
                "paragraph",
                "Mỗi cấp, ngành kiểm tra, giám sát công tác thi đua, khen thưởng ít nhất 30% số "
                "đơn vị thuộc quyền quản lý; các cụm thi đua kiểm tra chéo, thẩm định kết quả "
                "chấm điểm cuối năm đối với 100% đơn vị trong cụm, sau đó bình xét, suy tôn, đề "
                "nghị khen thưởng năm 2023.",
            ),
            (
                "paragraph",
                "Kế hoạch yêu cầu mỗi cấp, ngành, đơn vị xây dựng, bồi dưỡng ít nhất 02 điển hình "
                "tiên tiến; thực hiện nghiêm quy trình, thủ tục khen thưởng, đặc biệt chú ý khen "
                "thưởng người trực tiếp lao động, sản xuất, tránh khen thưởng tràn lan.",
            ),
        ],
        "category": "Chỉ đạo – điều hành",
    },
    {
        "title": (
            "Hướng dẫn tổng kết 10 năm thực hiện Chỉ thị số 34-CT/TW về đổi mới công tác thi "
            "đua, khen thưởng"
        ),
        "slug": "huong-dan-tong-ket-10-nam-thuc-hien-chi-thi-34-ct-tw",
        "date": "2024-03-14 08:45",
        "lead": (
            "Ngày 13/3/2024, Sở Nội vụ ban hành Văn bản số 962/SNV-TĐKT kèm theo đề cương báo "
            "cáo tổng kết 10 năm thực hiện Kế hoạch số 4724/KH-UBND ngày 30/9/2014 của UBND tỉnh."
        ),
        "body": [
            (
                "paragraph",
                "Kế hoạch số 4724/KH-UBND triển khai thực hiện Chỉ thị số 34-CT/TW ngày 07/4/2014 "
                "của Bộ Chính trị và Chỉ thị số 52-CT/TU ngày 28/5/2014 của Tỉnh ủy “về tiếp tục "
                "đổi mới công tác thi đua, khen thưởng”. Để bảo đảm số liệu thống nhất, Sở Nội vụ "
                "đề nghị các sở, ban, ngành, đoàn thể tỉnh, UBND các huyện, thành phố và các đơn "
                "vị trong cụm, khối thi đua xây dựng báo cáo theo cùng một đề cương.",
            ),
            ("heading", "Bố cục báo cáo"),
            (
                "paragraph",
                "Báo cáo gồm bốn phần: khái quát đặc điểm tình hình, thuận lợi, khó khăn; kết quả "
                "10 năm triển khai thực hiện; đánh giá chung về ưu điểm, tồn tại, hạn chế, nguyên "
                "nhân khách quan, chủ quan và bài học kinh nghiệm; kiến nghị, đề xuất.",
            ),
            (
                "paragraph",
                "Ở phần kết quả, các đơn vị đánh giá công tác lãnh đạo, chỉ đạo, quán triệt tư "
                "tưởng về thi đua yêu nước của Chủ tịch Hồ Chí Minh; việc đổi mới nội dung, hình "
                "thức, phương pháp tổ chức các phong trào thi đua; công tác phát hiện, bồi dưỡng, "
                "tuyên truyền, nhân rộng điển hình tiên tiến; việc đổi mới công tác khen thưởng "
                "bảo đảm chính xác, kịp thời, công khai, minh bạch và việc kiện toàn bộ máy làm "
                "công tác thi đua, khen thưởng các cấp.",
            ),
            (
                "paragraph",
                "Đề cương lưu ý làm rõ việc khen thưởng tập thể nhỏ, công nhân, nông dân, người "
                "lao động trực tiếp sản xuất, kinh doanh, cán bộ, chiến sĩ lực lượng vũ trang, "
                "dân quân, tự vệ; việc quan tâm khen thưởng cơ sở, vùng sâu, vùng xa, vùng biên "
                "giới và vùng dân tộc thiểu số; cải cách thủ tục hành chính, ứng dụng công nghệ "
                "thông tin trong lĩnh vực thi đua, khen thưởng. Báo cáo nêu cụ thể số liệu khen "
                "thưởng cấp tỉnh và cấp Nhà nước từ năm 2014 đến hết năm 2023.",
            ),
            (
                "paragraph",
                "Toàn văn đề cương được đăng tại mục Văn bản của Cổng thông tin để các cơ quan, "
                "đơn vị tải về; báo cáo gửi Sở Nội vụ (qua Ban Thi đua – Khen thưởng) đúng thời "
                "hạn để tổng hợp, báo cáo UBND tỉnh.",
            ),
        ],
        "category": "Hoạt động Hội đồng",
    },
    {
        "title": "Bà Nguyễn Thị Hường – người nông dân Tày làm giàu từ cây hồi ở Văn Quan",
        "slug": "ba-nguyen-thi-huong-nong-dan-tay-lam-giau-tu-cay-hoi",
        "date": "2024-10-14 15:40",
        "lead": (
            "Từ mấy nương hồi già cỗi, bà Nguyễn Thị Hường, dân tộc Tày, ở thôn Nà Pàn, xã "
            "Tràng Các, huyện Văn Quan đã gây dựng 12 ha hồi và tạo việc làm cho nhiều lao động "
            "trong thôn. Bà vừa được Chủ tịch UBND tỉnh tặng Bằng khen."
        ),
        "body": [
            (
                "paragraph",
                "Sáng 14/10/2024, tại buổi lễ kỷ niệm 94 năm Ngày thành lập Hội Nông dân Việt Nam "
                "(14/10/1930 - 14/10/2024) do Hội Nông dân tỉnh tổ chức, bà Nguyễn Thị Hường là "
                "một trong những hội viên được nhận Bằng khen của Chủ tịch UBND tỉnh vì có thành "
                "tích xuất sắc trong phong trào thi đua nông dân sản xuất, kinh doanh giỏi, đoàn "
                "kết giúp nhau làm giàu và giảm nghèo bền vững.",
            ),
            ("heading", "Từ những nương hồi của gia đình"),
            (
                "paragraph",
                "Hơn hai mươi năm trước, gia đình bà chỉ có vài sào ruộng và mấy nương hồi do bố "
                "mẹ để lại. Bà theo học các lớp tập huấn của Hội Nông dân xã, huyện, mạnh dạn vay "
                "vốn Ngân hàng Chính sách xã hội để cải tạo vườn hồi, trồng mới theo hướng thâm "
                "canh và đầu tư lò chưng cất tinh dầu. Đến nay, gia đình bà có 12 ha hồi, mỗi năm "
                "thu khoảng 20 tấn hồi tươi, sau khi trừ chi phí còn trên 500 triệu đồng.",
            ),
            (
                "paragraph",
                "“Cây hồi là của ông cha để lại, mình chăm cho tử tế thì đất không phụ người”, "
                "bà Hường chia sẻ bên những nong hồi đang phơi trước sân nhà sàn.",
            ),
            ("heading", "Cùng bà con làm giàu"),
            (
                "paragraph",
                "Năm 2019, bà cùng 15 hộ trong thôn thành lập tổ hợp tác thu mua, sơ chế hồi, "
                "thống nhất giá bán để không bị thương lái ép giá. Cơ sở của bà tạo việc làm "
                "thường xuyên cho 8 lao động và hơn 20 lao động thời vụ; bà còn hỗ trợ cây giống, "
                "hướng dẫn kỹ thuật cho 6 hộ nghèo và góp công, góp tiền làm đường bê tông nội "
                "thôn.",
            ),
            (
                "paragraph",
                "Ông Hoàng Văn Toàn, Chủ tịch Hội Nông dân xã Tràng Các cho biết: “Chị Hường là "
                "tấm gương để hội viên học theo, làm được đến đâu chị chỉ cho bà con đến đấy”. "
                "Việc khen thưởng kịp thời nông dân, người trực tiếp lao động sản xuất như bà "
                "Hường là một trong những mục tiêu mà tỉnh đặt ra trong giai đoạn 2021 - 2025.",
            ),
        ],
        "category": "Điển hình tiên tiến",
    },
    {
        "title": "Thầy giáo Đào Văn Lực và mười lăm năm gieo chữ nơi vùng biên Đình Lập",
        "slug": "thay-giao-dao-van-luc-gieo-chu-vung-bien-dinh-lap",
        "date": "2025-05-20 09:30",
        "lead": (
            "Gần mười lăm năm bám điểm trường lẻ ở xã biên giới Bắc Xa, huyện Đình Lập, thầy "
            "giáo Đào Văn Lực đã cùng đồng nghiệp đưa hàng chục học sinh người Dao trở lại lớp. "
            "Thầy vừa được Chủ tịch UBND tỉnh tặng Bằng khen."
        ),
        "body": [
            (
                "paragraph",
                "Quê ở huyện Hữu Lũng, năm 2010 thầy Đào Văn Lực tốt nghiệp sư phạm và tình nguyện "
                "nhận công tác tại điểm trường Khe Mò, cách trung tâm xã Bắc Xa hơn 12 km đường "
                "đất. Những năm đầu, thầy dạy lớp ghép hai trình độ, mùa mưa phải gửi xe máy ở "
                "chân dốc rồi đi bộ vào bản.",
            ),
            ("heading", "Học tiếng Dao để hiểu học trò"),
            (
                "paragraph",
                "Thấy nhiều em nghỉ học theo bố mẹ lên nương, thầy học tiếng Dao để trò chuyện "
                "với phụ huynh, đến từng nhà vận động. Thầy còn mở lớp học tiếng Việt buổi tối "
                "cho phụ huynh và cùng đồng nghiệp trồng vườn rau để cải thiện bữa ăn bán trú. "
                "Nhờ vậy, tỷ lệ học sinh đi học chuyên cần của điểm trường những năm gần đây luôn "
                "đạt trên 98%.",
            ),
            (
                "paragraph",
                "“Các em chỉ cần được đến lớp đều, được ăn no, phần còn lại thầy trò mình cùng "
                "cố gắng”, thầy Lực nói.",
            ),
            ("heading", "Ghi nhận xứng đáng"),
            (
                "paragraph",
                "Ba năm liền đạt danh hiệu Chiến sĩ thi đua cơ sở, năm 2025 thầy Đào Văn Lực được "
                "Chủ tịch UBND tỉnh tặng Bằng khen vì có thành tích xuất sắc trong phong trào thi "
                "đua “Đổi mới, sáng tạo trong dạy và học” ở vùng đồng bào dân tộc thiểu số. Cô "
                "Hoàng Thị Lan, Hiệu trưởng nhà trường, cho biết tấm gương của thầy đã giúp nhiều "
                "giáo viên trẻ yên tâm gắn bó với điểm trường vùng biên.",
            ),
        ],
        "category": "Điển hình tiên tiến",
    },
    {
        "title": "Hội đồng Thi đua – Khen thưởng tỉnh họp xét khen thưởng tổng kết năm 2025",
        "slug": "hoi-dong-tdkt-tinh-hop-xet-khen-thuong-nam-2025",
        "date": "2026-01-22 16:30",
        "lead": (
            "Chiều 22/1/2026, Hội đồng Thi đua – Khen thưởng tỉnh họp phiên thường kỳ để xem "
            "xét, biểu quyết các danh hiệu thi đua và hình thức khen thưởng tổng kết năm 2025."
        ),
        "body": [
            (
                "paragraph",
                "Chủ tịch UBND tỉnh, Chủ tịch Hội đồng chủ trì phiên họp. Tham dự có các Phó Chủ "
                "tịch, Ủy viên Hội đồng và lãnh đạo Ban Thi đua – Khen thưởng, Sở Nội vụ, cơ quan "
                "thường trực của Hội đồng.",
            ),
            (
                "paragraph",
                "Hội đồng xem xét hồ sơ đề nghị của 27 tập thể và 64 cá nhân, gồm đề nghị tặng Cờ "
                "thi đua của Chính phủ, Cờ thi đua của UBND tỉnh, danh hiệu Chiến sĩ thi đua cấp "
                "tỉnh, Bằng khen của Thủ tướng Chính phủ và Huân chương Lao động. Các thành viên "
                "thảo luận, biểu quyết bằng phiếu kín; chỉ những trường hợp đạt tỷ lệ phiếu đồng "
                "ý theo Quy chế hoạt động của Hội đồng mới được trình khen thưởng.",
            ),
            (
                "paragraph",
                "Đối với các trường hợp đề nghị khen thưởng cấp Nhà nước, danh sách đã được công "
                "khai trên Cổng thông tin để lấy ý kiến Nhân dân trong 10 ngày làm việc. Cơ quan "
                "thường trực tiếp nhận 9 ý kiến, chủ yếu đồng tình với đề nghị; không có ý kiến "
                "phản ánh sai phạm cần xác minh.",
            ),
            ("heading", "Khen thưởng tiếp tục hướng về cơ sở"),
            (
                "paragraph",
                "Theo báo cáo của cơ quan thường trực, năm 2025 tỷ lệ khen thưởng cấp tỉnh cho "
                "người lao động trực tiếp đạt 76,8%, trong đó công nhân, nông dân chiếm 21,4%; "
                "tỷ lệ khen thưởng tập thể nhỏ, đơn vị cơ sở đạt 78,2%, vượt chỉ tiêu đề ra cho "
                "giai đoạn 2021 - 2025.",
            ),
            (
                "paragraph",
                "Kết luận phiên họp, Chủ tịch Hội đồng đề nghị các cơ quan, đơn vị tiếp tục chú "
                "trọng phát hiện, khen thưởng tập thể, cá nhân ở cơ sở trong năm đầu vận hành "
                "trọn vẹn mô hình chính quyền địa phương hai cấp; hồ sơ phải gửi đúng thời hạn, "
                "hồ sơ gửi cận ngày hoặc quá hạn sẽ không được xem xét.",
            ),
        ],
        "category": "Hoạt động Hội đồng",
    },
    {
        "title": "Phát động phong trào thi đua yêu nước năm 2026",
        "slug": "phat-dong-phong-trao-thi-dua-yeu-nuoc-nam-2026",
        "date": "2026-02-26 10:00",
        "lead": (
            "Sáng 26/2/2026, UBND tỉnh tổ chức hội nghị phát động phong trào thi đua yêu nước năm "
            "2026 với chủ đề “Đoàn kết, kỷ cương, đổi mới, sáng tạo, thi đua hoàn thành thắng "
            "lợi nhiệm vụ năm 2026”."
        ),
        "body": [
            (
                "paragraph",
                "Năm 2026 là năm đầu thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV "
                "của Đảng và Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII, nhiệm kỳ "
                "2025 - 2030, đồng thời là năm đầu tiên các xã, phường vận hành trọn vẹn mô hình "
                "chính quyền địa phương hai cấp.",
            ),
            ("heading", "Năm nhóm nội dung thi đua"),
            (
                "paragraph",
                "Phong trào tập trung vào: phát triển kinh tế cửa khẩu, thương mại, dịch vụ và du "
                "lịch; phát triển nông nghiệp hàng hóa gắn với xây dựng nông thôn mới, giảm nghèo "
                "bền vững ở vùng đồng bào dân tộc thiểu số; cải cách hành chính, chuyển đổi số, "
                "nâng cao hiệu quả chính quyền địa phương hai cấp; phát triển văn hóa, giáo dục, "
                "y tế, chăm lo đời sống Nhân dân; bảo đảm quốc phòng, an ninh, xây dựng biên giới "
                "hòa bình, hữu nghị, hợp tác và phát triển.",
            ),
            (
                "paragraph",
                "Các cơ quan, đơn vị tổ chức phát động tại đơn vị, đăng ký danh hiệu thi đua và "
                "chỉ tiêu thi đua trực tuyến tại mục Đăng ký thi đua trên Cổng thông tin trước "
                "ngày 31/3/2026; sơ kết 6 tháng trong tháng 7 và tổng kết vào cuối năm.",
            ),
            (
                "paragraph",
                "Phát biểu tại hội nghị, Chủ tịch UBND tỉnh nhấn mạnh phong trào thi đua phải có "
                "tiêu chí cụ thể, dễ thực hiện, dễ kiểm tra; khen thưởng phải đúng người, đúng "
                "việc, hướng về cơ sở, người lao động trực tiếp; kịp thời phát hiện, nhân rộng các "
                "điển hình tiên tiến, gương người tốt, việc tốt.",
            ),
        ],
        "category": "Phong trào thi đua",
    },
    {
        "title": "Cụm thi đua các sở, ngành kinh tế ký kết giao ước thi đua năm 2026",
        "slug": "cum-thi-dua-so-nganh-kinh-te-ky-giao-uoc-nam-2026",
        "date": "2026-03-12 15:10",
        "lead": (
            "Ngày 12/3/2026, Cụm thi đua các sở, ngành kinh tế tổ chức hội nghị tổng kết công "
            "tác thi đua, khen thưởng năm 2025 và ký kết giao ước thi đua năm 2026."
        ),
        "body": [
            (
                "paragraph",
                "Cụm gồm 6 đơn vị: Sở Tài chính, Sở Công Thương, Sở Xây dựng, Sở Nông nghiệp và "
                "Môi trường, Sở Khoa học và Công nghệ, Ban Quản lý Khu kinh tế cửa khẩu Đồng "
                "Đăng - Lạng Sơn. Năm 2025, Sở Công Thương làm cụm trưởng; qua chấm điểm và kiểm "
                "tra chéo, cụm thống nhất đề nghị UBND tỉnh tặng Cờ thi đua cho 01 đơn vị dẫn đầu "
                "và Bằng khen cho 02 đơn vị.",
            ),
            ("heading", "Nội dung giao ước năm 2026"),
            (
                "paragraph",
                "Các đơn vị cam kết hoàn thành 100% nhiệm vụ UBND tỉnh giao đúng thời hạn; 100% "
                "hồ sơ thủ tục hành chính được giải quyết đúng hạn, trên 90% hồ sơ tiếp nhận trực "
                "tuyến; mỗi đơn vị xây dựng ít nhất 02 điển hình tiên tiến; tỷ lệ khen thưởng "
                "người lao động trực tiếp đạt trên 75% tổng số cá nhân được khen thưởng.",
            ),
            (
                "paragraph",
                "Năm 2026, Sở Xây dựng làm cụm trưởng, Sở Khoa học và Công nghệ làm cụm phó. Cụm "
                "thống nhất bảng tiêu chí chấm điểm; các đơn vị tự chấm điểm, báo cáo kết quả "
                "thực hiện giao ước trực tuyến qua Cổng thông tin và kiểm tra chéo kết quả cuối "
                "năm đối với 100% đơn vị trong cụm.",
            ),
            (
                "paragraph",
                "Đại diện Ban Thi đua – Khen thưởng, Sở Nội vụ đề nghị cụm đổi mới cách bình xét, "
                "khắc phục tình trạng luân phiên, cào bằng, nể nang, bảo đảm tập thể được đề nghị "
                "khen thưởng thực sự tiêu biểu, xuất sắc.",
            ),
        ],
        "category": "Phong trào thi đua",
    },
    {
        "title": (
            "Lấy ý kiến Nhân dân đối với tập thể, cá nhân được đề nghị tặng Huân chương Lao "
            "động năm 2026"
        ),
        "slug": "lay-y-kien-de-nghi-tang-huan-chuong-lao-dong-2026",
        "date": "2026-11-15 08:00",
        "lead": (
            "Thường trực Hội đồng Thi đua – Khen thưởng tỉnh công khai danh sách 02 tập thể và "
            "03 cá nhân được đề nghị tặng Huân chương Lao động năm 2026 để lấy ý kiến Nhân dân "
            "từ ngày 16/11 đến hết ngày 27/11/2026."
        ),
        "body": [
            (
                "paragraph",
                "Theo Luật Thi đua, khen thưởng năm 2022 và khoản 2 Điều 44 Nghị định số "
                "152/2025/NĐ-CP, danh sách "
                "tập thể, cá nhân được đề nghị tặng Huân chương được công khai trên Cổng thông "
                "tin ít nhất 10 ngày làm việc trước khi Hội đồng Thi đua – Khen thưởng tỉnh họp "
                "xét, trình Thủ tướng Chính phủ đề nghị Chủ tịch nước khen thưởng.",
            ),
            ("heading", "Danh sách đề nghị tặng Huân chương Lao động hạng Ba"),
            (
                "paragraph",
                "Tập thể: Hợp tác xã Dịch vụ nông nghiệp Na Chi Lăng; Công ty cổ phần Nông sản "
                "Xứ Lạng.",
            ),
            (
                "paragraph",
                "Cá nhân: ông Lộc Văn Sáng, Giám đốc Hợp tác xã Dịch vụ nông nghiệp Na Chi Lăng; "
                "bà Đào Thị Ngọc Ánh, bác sĩ chuyên khoa II, Trưởng khoa Hồi sức tích cực, Bệnh "
                "viện Đa khoa tỉnh; ông Hoàng Văn Lâm, công nhân vận hành dây chuyền chế biến, "
                "Công ty cổ phần Nông sản Xứ Lạng.",
            ),
            (
                "paragraph",
                "Tóm tắt thành tích và toàn văn báo cáo thành tích của từng trường hợp được đăng "
                "tại mục Lấy ý kiến nhân dân trên Cổng thông tin.",
            ),
            ("heading", "Cách thức góp ý"),
            (
                "paragraph",
                "Ý kiến góp ý gửi bằng văn bản, ghi rõ họ tên, số điện thoại, địa chỉ của người "
                "góp ý: gửi trực tuyến tại mục Lấy ý kiến nhân dân, gửi qua đường bưu chính hoặc "
                "nộp trực tiếp tại Ban Thi đua – Khen thưởng, Sở Nội vụ. Thông tin liên hệ của "
                "người góp ý chỉ dùng để xác minh và không được công khai. Trường hợp có ý kiến "
                "phản ánh sai phạm, hồ sơ được tạm dừng xét cho đến khi có kết quả xác minh.",
            ),
        ],
        "category": "Hoạt động Hội đồng",
    },
]

UNITS = [
    {
        "name": "Sở Giáo dục và Đào tạo tỉnh Lạng Sơn",
        "short_name": "SGDĐT",
        "code": "SGDDT",
        "kind": "so_nganh",
    },
    {
        "name": "Sở Y tế tỉnh Lạng Sơn",
        "short_name": "SYT",
        "code": "SYT",
        "kind": "so_nganh",
    },
    {
        "name": "Ủy ban nhân dân huyện Cao Lộc",
        "short_name": "UBND huyện Cao Lộc",
        "code": "UBND-CAOLOC",
        "kind": "huyen",
    },
    {
        "name": "Ủy ban nhân dân thành phố Lạng Sơn",
        "short_name": "UBND TP Lạng Sơn",
        "code": "UBND-TPLS",
        "kind": "huyen",
    },
    {
        "name": "Công ty cổ phần Nông sản Xứ Lạng",
        "short_name": "Nông sản Xứ Lạng",
        "code": "CTCP-NSXL",
        "kind": "doanh_nghiep",
    },
    {
        "name": "Hội Nông dân tỉnh Lạng Sơn",
        "short_name": "Hội Nông dân tỉnh",
        "code": "HND",
        "kind": "doan_the",
    },
]

QUICK_LINKS = [
    (
        "Tra cứu khen thưởng",
        "/tra-cuu/",
        "Tìm và xác minh thông tin khen thưởng của tập thể, cá nhân.",
    ),
    (
        "Văn bản thi đua, khen thưởng",
        "/van-ban/",
        "Luật, nghị định, văn bản của tỉnh, hướng dẫn và biểu mẫu.",
    ),
    (
        "Lấy ý kiến nhân dân",
        "/lay-y-kien/",
        "Góp ý về tập thể, cá nhân được đề nghị khen thưởng cấp Nhà nước.",
    ),
    (
        "Hỏi đáp",
        "/hoi-dap/",
        "Gửi câu hỏi và theo dõi câu trả lời bằng mã tra cứu.",
    ),
    (
        "Đăng ký thi đua",
        "/dang-ky-thi-dua/",
        "Đơn vị đăng ký thi đua và báo cáo kết quả trực tuyến.",
    ),
    (
        "Gương điển hình tiên tiến",
        "/guong-dien-hinh/",
        "Những câu chuyện người tốt, việc tốt trên mọi miền xứ Lạng.",
    ),
]

HOME = {
    "title": "Trang chủ",
    "hero_title": "Thi đua yêu nước – khen thưởng kịp thời, công khai, minh bạch",
    "hero_text": (
        "Cổng thông tin của Hội đồng Thi đua – Khen thưởng tỉnh Lạng Sơn cung cấp văn bản, "
        "quyết định khen thưởng, phong trào thi đua và gương điển hình tiên tiến trên địa bàn "
        "tỉnh. Người dân, tổ chức có thể tra cứu khen thưởng, góp ý về các trường hợp được đề "
        "nghị khen thưởng và gửi câu hỏi về công tác thi đua, khen thưởng."
    ),
}

# The page the forms that take personal data link to.
PRIVACY_SLUG = "chinh-sach-bao-ve-du-lieu-ca-nhan"
