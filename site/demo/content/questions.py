"""Demo content for the questions section (/hoi-dap/) and the professional exchange
(/hoi-dap/nghiep-vu/) of the Lạng Sơn portal.

Plain data only, read by ``consultations.demo_questions``: the topics, citizens' and unit
officers' questions (answered, pending and forwarded), the guidance articles and the Word
templates offered for download.

Dates are relative to the day the demo is seeded: ``days_ago`` and ``time`` say when a question
arrived, ``answer_after`` how many working days later the office replied. ``code`` is the
random part of the reference code (HD-<year>-<code>), written with the letters and digits the
portal uses, so that a demo question can be tracked by a known code.

Texts may carry links written as ``[text](/address/)``; a list inside an answer becomes a
bulleted list, ``("ol", [...])`` a numbered one. The people, their messages, e-mail addresses
and phone numbers are fictional; e-mail addresses use the reserved domain of
``consultations.demo_content``. Laws are cited by name and number; article numbers only where
the text is certain.
"""

from demo.content import consultations as consultations_content

EMAIL_DOMAIN = consultations_content.EMAIL_DOMAIN
OFFICE_EMAIL = consultations_content.WRITTEN_EMAIL
OFFICE = "Ban Thi đua – Khen thưởng, Sở Nội vụ tỉnh Lạng Sơn"
OFFICE_PHONE = "0205 3812 246"

# (name, slug), in the order the list shows them.
TOPICS = [
    ("Thủ tục, hồ sơ khen thưởng", "thu-tuc-ho-so-khen-thuong"),
    ("Danh hiệu thi đua", "danh-hieu-thi-dua"),
    ("Chế độ, chính sách khen thưởng", "che-do-chinh-sach-khen-thuong"),
    ("Đăng ký, báo cáo thi đua", "dang-ky-bao-cao-thi-dua"),
    ("Gương điển hình, phong trào", "guong-dien-hinh-phong-trao"),
    ("Góp ý về Cổng thông tin", "gop-y-cong-thong-tin"),
]

# Closing line of the office's answers.
CONTACT = (
    f"Nếu cần trao đổi thêm, xin liên hệ {OFFICE}, điện thoại {OFFICE_PHONE}, thư điện tử "
    f"{OFFICE_EMAIL}."
)

QUESTIONS = [
    # Answered and published -----------------------------------------------------------------
    {
        "code": "K7Q2MA",
        "kind": "question",
        "topic": "danh-hieu-thi-dua",
        "name": "Hoàng Văn Minh",
        "email": "hoangvanminh.gv",
        "phone": "",
        "days_ago": 298,
        "time": "20:40",
        "state": "answered",
        "answer_after": 4,
        "text": (
            "Tôi là giáo viên Trường Trung học cơ sở xã Đồng Đăng, năm học vừa qua được đánh giá "
            "hoàn thành xuất sắc nhiệm vụ. Xin hỏi để được xét tặng danh hiệu Chiến sĩ thi đua "
            "cơ sở thì cần những tiêu chuẩn gì? Sáng kiến của tôi có bắt buộc phải được Hội đồng "
            "sáng kiến cấp tỉnh công nhận không?"
        ),
        "publish": True,
        "public_title": "Tiêu chuẩn xét tặng danh hiệu Chiến sĩ thi đua cơ sở",
        "name_display": "initials",
        "is_faq": True,
        "answer": [
            "Ban Thi đua – Khen thưởng, Sở Nội vụ trả lời thầy như sau:",
            "Theo Luật Thi đua, khen thưởng năm 2022, danh hiệu “Chiến sĩ thi đua cơ sở” được "
            "xét tặng hằng năm cho cá nhân đạt đồng thời hai điều kiện:",
            [
                "Đạt danh hiệu “Lao động tiên tiến” (đối với lực lượng vũ trang là “Chiến sĩ "
                "tiên tiến”);",
                "Có sáng kiến được công nhận và áp dụng hiệu quả, hoặc có đề tài khoa học, đề "
                "án khoa học, công trình khoa học và công nghệ đã được nghiệm thu và áp dụng "
                "hiệu quả, hoặc mưu trí, sáng tạo trong chiến đấu, phục vụ chiến đấu (đối với "
                "lực lượng vũ trang).",
            ],
            "Sáng kiến làm căn cứ xét danh hiệu này chỉ cần được công nhận và áp dụng hiệu quả "
            "trong phạm vi cơ quan, đơn vị; không bắt buộc phải được cấp tỉnh công nhận. Sáng "
            "kiến có phạm vi ảnh hưởng trong toàn tỉnh là điều kiện của danh hiệu “Chiến sĩ thi "
            "đua cấp tỉnh”, được xét cho cá nhân có thành tích tiêu biểu xuất sắc trong số những "
            "người có ba lần liên tục đạt danh hiệu “Chiến sĩ thi đua cơ sở”.",
            "Nghị định số 152/2025/NĐ-CP giới hạn số cá nhân được công nhận “Chiến sĩ thi đua cơ "
            "sở” theo tỷ lệ so với số người đạt danh hiệu “Lao động tiên tiến” của đơn vị, vì "
            "vậy việc bình xét do Hội đồng thi đua, khen thưởng của nhà trường và cấp quản lý "
            "xem xét, lựa chọn. Ngành Giáo dục bình xét theo năm học, theo hướng dẫn của Sở "
            "Giáo dục và Đào tạo.",
            "Toàn văn Luật và Nghị định được đăng tại mục [Văn bản](/van-ban/) của Cổng.",
        ],
    },
    {
        "code": "P3XH8D",
        "kind": "question",
        "topic": "thu-tuc-ho-so-khen-thuong",
        "name": "Lành Thị Hạnh",
        "email": "lanhthihanh.nsxl",
        "phone": "0915 604 327",
        "days_ago": 251,
        "time": "09:15",
        "state": "answered",
        "answer_after": 5,
        "text": (
            "Tôi phụ trách công tác thi đua, khen thưởng của một công ty cổ phần có trụ sở ở "
            "phường Đông Kinh. Công ty muốn đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh cho "
            "một tổ sản xuất và hai công nhân có thành tích xuất sắc trong năm. Xin hỏi hồ sơ "
            "gồm những gì, gửi qua cơ quan nào và thời gian giải quyết bao lâu?"
        ),
        "publish": True,
        "public_title": "Hồ sơ đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh gồm những gì?",
        "name_display": "initials",
        "is_faq": True,
        "answer": [
            "Theo Luật Thi đua, khen thưởng năm 2022 và Nghị định số 152/2025/NĐ-CP, hồ sơ đề "
            "nghị tặng Bằng khen của Chủ tịch UBND tỉnh gồm:",
            [
                "Tờ trình đề nghị khen thưởng của cơ quan, đơn vị trình, kèm danh sách tập thể, "
                "cá nhân được đề nghị;",
                "Biên bản họp xét của Hội đồng Thi đua – Khen thưởng cấp trình (hoặc văn bản "
                "thể hiện kết quả xét chọn);",
                "Báo cáo thành tích của từng tập thể, cá nhân theo mẫu quy định, có xác nhận của "
                "cấp trình khen thưởng;",
                "Giấy tờ chứng minh thành tích khi cần: quyết định công nhận sáng kiến, số liệu "
                "kết quả sản xuất, kinh doanh, giấy chứng nhận giải thưởng…",
            ],
            "Công ty không gửi hồ sơ trực tiếp lên UBND tỉnh. Theo nguyên tắc cấp nào quản lý "
            "thì cấp đó khen thưởng hoặc đề nghị cấp trên khen thưởng, công ty gửi hồ sơ tới Ủy "
            "ban nhân dân phường nơi đặt trụ sở (hoặc sở, ngành quản lý nhà nước về lĩnh vực "
            "hoạt động của công ty); cơ quan này xét và trình Chủ tịch UBND tỉnh qua Sở Nội vụ "
            "(Ban Thi đua – Khen thưởng). Đối với doanh nghiệp, báo cáo thành tích cần nêu rõ "
            "việc thực hiện nghĩa vụ thuế, bảo hiểm xã hội, an toàn lao động và bảo vệ môi "
            "trường trong thời gian tính thành tích, vì đây là những nội dung được xem xét khi "
            "thẩm định.",
            "Thời hạn thẩm định, trình và quyết định được niêm yết trong thủ tục hành chính "
            "“Tặng Bằng khen của Chủ tịch Ủy ban nhân dân cấp tỉnh” trên Cổng Dịch vụ công của "
            "tỉnh. Hồ sơ chưa đầy đủ sẽ được thông báo để bổ sung ngay khi tiếp nhận.",
            "Việc đề nghị khen thưởng tổ sản xuất và công nhân trực tiếp lao động rất phù hợp "
            "với chủ trương của tỉnh: Đề án ban hành kèm theo Quyết định số 1657/QĐ-UBND đặt "
            "mục tiêu trên 75% số khen thưởng cấp tỉnh dành cho người lao động trực tiếp. Mẫu "
            "báo cáo thành tích được đăng tại mục [Trao đổi nghiệp vụ](/hoi-dap/nghiep-vu/).",
            CONTACT,
        ],
    },
    {
        "code": "T9MW4C",
        "kind": "question",
        "topic": "danh-hieu-thi-dua",
        "name": "Nông Thị Thu Trang",
        "email": "thutrang.ttyt",
        "phone": "",
        "days_ago": 214,
        "time": "21:05",
        "state": "answered",
        "answer_after": 3,
        "text": (
            "Tôi là viên chức Trung tâm Y tế khu vực Văn Quan, trong năm nay nghỉ thai sản 6 "
            "tháng theo chế độ. Xin hỏi cuối năm tôi có được bình xét danh hiệu Lao động tiên "
            "tiến không, hay phải chờ sang năm sau?"
        ),
        "publish": True,
        "public_title": "Nghỉ thai sản có được bình xét danh hiệu Lao động tiên tiến?",
        "name_display": "initials",
        "is_faq": True,
        "answer": [
            "Theo quy định hướng dẫn thi hành Luật Thi đua, khen thưởng (Nghị định số "
            "152/2025/NĐ-CP), thời gian nghỉ thai sản theo chế độ được tính để xét tặng danh hiệu "
            "thi đua. Vì vậy chị vẫn được bình xét danh hiệu “Lao động tiên tiến” của năm nay, "
            "không phải chờ sang năm sau.",
            "Chị cần đạt các tiêu chuẩn của danh hiệu “Lao động tiên tiến” theo Luật Thi đua, "
            "khen thưởng năm 2022:",
            [
                "Hoàn thành tốt nhiệm vụ trở lên;",
                "Chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước;",
                "Có tinh thần tự lực, tự cường; đoàn kết, tương trợ, tích cực tham gia phong "
                "trào thi đua;",
                "Tích cực học tập chính trị, văn hóa, chuyên môn, nghiệp vụ;",
                "Có đạo đức, lối sống lành mạnh.",
            ],
            "Kết quả đánh giá, xếp loại cuối năm do Trung tâm Y tế thực hiện theo quy định về "
            "đánh giá viên chức, căn cứ kết quả công tác trong thời gian chị làm việc; Hội đồng "
            "thi đua, khen thưởng của Trung tâm bình xét và người đứng đầu đơn vị quyết định "
            "công nhận.",
        ],
    },
    {
        "code": "B4NZ6R",
        "kind": "question",
        "topic": "dang-ky-bao-cao-thi-dua",
        "name": "Chu Thị Ngọc Ánh",
        "email": "ngocanh.ubndlvt",
        "phone": "0388 201 594",
        "days_ago": 246,
        "time": "14:20",
        "state": "answered",
        "answer_after": 2,
        "text": (
            "Tôi mới được phân công phụ trách công tác thi đua, khen thưởng của UBND phường "
            "Lương Văn Tri. Xin hỏi đơn vị đăng ký thi đua năm trên Cổng thông tin như thế nào, "
            "hạn cuối là khi nào, và nếu đã gửi rồi mà muốn sửa thì làm sao?"
        ),
        "publish": True,
        "public_title": "Đăng ký thi đua trực tuyến: cách làm, thời hạn và sửa bản đăng ký",
        "name_display": "initials",
        "is_faq": True,
        "answer": [
            "Việc đăng ký thi đua thực hiện trực tuyến tại mục [Đăng ký thi đua]"
            "(/dang-ky-thi-dua/) của Cổng. Mỗi cơ quan, đơn vị được cấp tài khoản cho cán bộ phụ "
            "trách thi đua, khen thưởng; nếu chưa có, đề nghị thủ trưởng đơn vị gửi văn bản giới "
            "thiệu cán bộ về Ban Thi đua – Khen thưởng để được cấp.",
            "Hạn đăng ký được ghi trong kế hoạch công tác thi đua, khen thưởng hằng năm của "
            "UBND tỉnh, thường trong quý I (ví dụ trước ngày 31/3) và hiện ngay trên trang đăng "
            "ký của đợt.",
            "Bản đăng ký gồm:",
            [
                "Danh hiệu thi đua tập thể đơn vị đăng ký;",
                "Danh sách cá nhân và danh hiệu từng người đăng ký;",
                "Các chỉ tiêu thi đua: nội dung, đơn vị tính, chỉ tiêu kế hoạch, ghi chú;",
                "Các phong trào thi đua đơn vị tham gia và người ký.",
            ],
            "Đơn vị có thể lưu nháp, hoàn thiện dần rồi mới gửi. Khi đã gửi, bản đăng ký chờ "
            "Ban xem xét; nếu cần sửa, đơn vị đề nghị Ban trả lại. Ban cũng trả lại kèm lý do "
            "nếu bản đăng ký chưa đúng. Sau hạn đăng ký, đơn vị không tự sửa được nữa, trừ khi "
            "Thường trực Hội đồng mở lại.",
            "Mẫu bản đăng ký bằng Word (để chuẩn bị nội dung, lấy ý kiến trong đơn vị) được "
            "đăng tại mục [Trao đổi nghiệp vụ](/hoi-dap/nghiep-vu/).",
        ],
    },
    {
        "code": "F6JV2S",
        "kind": "question",
        "topic": "dang-ky-bao-cao-thi-dua",
        "name": "Đinh Văn Long",
        "email": "dinhvanlong.thbs",
        "phone": "",
        "days_ago": 176,
        "time": "10:05",
        "state": "answered",
        "answer_after": 6,
        "text": (
            "Đầu năm trường chúng tôi do thay đổi cán bộ nên chưa đăng ký thi đua với cấp trên. "
            "Xin hỏi theo Luật Thi đua, khen thưởng mới thì cuối năm trường có còn được xét "
            "danh hiệu Tập thể lao động tiên tiến không?"
        ),
        "publish": True,
        "public_title": "Chưa đăng ký thi đua đầu năm, cuối năm có được xét danh hiệu?",
        "name_display": "initials",
        "is_faq": False,
        "answer": [
            "Điều 7 Luật Thi đua, khen thưởng năm 2022 quy định căn cứ xét tặng danh hiệu thi "
            "đua gồm: phong trào thi đua; thành tích thi đua; tiêu chuẩn danh hiệu thi đua. "
            "Khác với Luật năm 2003, việc đăng ký thi đua không còn là một căn cứ xét tặng. Vì "
            "vậy nhà trường vẫn được xem xét danh hiệu “Tập thể lao động tiên tiến” nếu đạt tiêu "
            "chuẩn.",
            "Tuy vậy, đăng ký thi đua vẫn là một nội dung tổ chức phong trào thi đua theo kế "
            "hoạch hằng năm của UBND tỉnh: đó là cơ sở để cụm, khối thi đua theo dõi, chấm điểm "
            "và để Hội đồng đánh giá kết quả phong trào của từng đơn vị. Đề nghị nhà trường liên "
            "hệ cơ quan quản lý trực tiếp để được hướng dẫn đăng ký bổ sung, và đăng ký đúng hạn "
            "từ năm sau.",
        ],
    },
    {
        "code": "W2RE7K",
        "kind": "question",
        "topic": "che-do-chinh-sach-khen-thuong",
        "name": "Lương Văn Tâm",
        "email": "luongvantam82",
        "phone": "",
        "days_ago": 132,
        "time": "16:50",
        "state": "answered",
        "answer_after": 4,
        "text": (
            "Cùng một năm tôi vừa được công nhận Chiến sĩ thi đua cơ sở, vừa được tặng Bằng "
            "khen của Chủ tịch UBND tỉnh vì thành tích trong phong trào xây dựng nông thôn mới. "
            "Xin hỏi tôi có được nhận cả hai khoản tiền thưởng không, và mức thưởng được tính "
            "như thế nào?"
        ),
        "publish": True,
        "public_title": "Được nhiều hình thức khen thưởng trong năm thì nhận tiền thưởng thế nào?",
        "name_display": "initials",
        "is_faq": True,
        "answer": [
            "Tiền thưởng kèm theo danh hiệu thi đua, hình thức khen thưởng được tính bằng hệ số "
            "nhân với mức lương cơ sở có hiệu lực tại thời điểm ban hành quyết định khen thưởng; "
            "hệ số của từng danh hiệu, hình thức được quy định tại Nghị định số 152/2025/NĐ-CP.",
            "Luật Thi đua, khen thưởng năm 2022 đặt nguyên tắc không khen thưởng nhiều lần, "
            "nhiều hình thức cho một thành tích đạt được. Trường hợp của anh là hai thành tích "
            "khác nhau: danh hiệu “Chiến sĩ thi đua cơ sở” ghi nhận kết quả cả năm công tác, "
            "Bằng khen ghi nhận thành tích trong một phong trào thi đua theo chuyên đề. Vì vậy "
            "mỗi quyết định có khoản tiền thưởng riêng.",
            "Chỉ khi cùng một thời điểm, cùng một thành tích mà đạt nhiều danh hiệu thi đua kèm "
            "các mức tiền thưởng khác nhau thì mới nhận mức tiền thưởng cao nhất. Tiền thưởng "
            "do cấp quyết định khen thưởng chi từ quỹ thi đua, khen thưởng của cấp mình, thông "
            "qua cơ quan, đơn vị nơi anh công tác.",
        ],
    },
    {
        "code": "H8CT3N",
        "kind": "suggestion",
        "topic": "guong-dien-hinh-phong-trao",
        "name": "Mông Văn Quân",
        "email": "mongvanquan",
        "phone": "0868 254 117",
        "days_ago": 104,
        "time": "19:30",
        "state": "answered",
        "answer_after": 5,
        "text": (
            "Tôi thấy mục Gương điển hình có nhiều bài hay nhưng chủ yếu là cán bộ, doanh "
            "nghiệp. Đề nghị Cổng đăng thêm câu chuyện về nông dân, người lao động ở các xã vùng "
            "cao, như các hộ trồng rừng, hiến đất làm đường ở xã Bình Gia. Người dân muốn giới "
            "thiệu một tấm gương như vậy thì gửi thông tin ở đâu?"
        ),
        "publish": True,
        "public_title": "Đề nghị giới thiệu thêm gương nông dân, người lao động ở vùng cao",
        "name_display": "initials",
        "is_faq": False,
        "answer": [
            "Ban Thi đua – Khen thưởng cảm ơn đề xuất của ông. Phát hiện, bồi dưỡng và nhân rộng "
            "điển hình tiên tiến là người lao động trực tiếp, nông dân, đồng bào dân tộc thiểu "
            "số ở vùng sâu, vùng xa là một nhiệm vụ của Đề án nâng cao chất lượng công tác thi "
            "đua, khen thưởng của tỉnh.",
            "Người dân có thể giới thiệu một tấm gương bằng cách gửi thông tin qua mục [Hỏi đáp]"
            "(/hoi-dap/gui-cau-hoi/) (chọn chủ đề “Gương điển hình, phong trào”), hoặc báo với "
            "trưởng thôn, Ủy ban nhân dân xã. Thông tin nên nêu rõ: người được giới thiệu, việc "
            "làm cụ thể, thời gian, kết quả và người có thể xác nhận. Ban phối hợp với Ủy ban "
            "nhân dân xã xác minh trước khi viết bài và đăng ảnh (có sự đồng ý của người được "
            "giới thiệu).",
            "Ban đã chuyển đề xuất của ông về các hộ hiến đất làm đường tới Ủy ban nhân dân xã "
            "Bình Gia để xác minh, lựa chọn giới thiệu trong chuyên mục [Gương điển hình]"
            "(/guong-dien-hinh/) thời gian tới.",
        ],
        "notes": "Đã gửi thông tin tới UBND xã Bình Gia; phóng viên Cổng liên hệ sau khi xác minh.",
    },
    {
        "code": "M5GY9U",
        "kind": "question",
        "topic": "guong-dien-hinh-phong-trao",
        "name": "Triệu Thị Mai",
        "email": "trieumai.kk",
        "phone": "0977 415 238",
        "days_ago": 71,
        "time": "07:45",
        "state": "answered",
        "answer_after": 3,
        "text": (
            "Tuần trước, anh Hoàng Văn Đức ở cùng thôn với tôi tại xã Khánh Khê đã lao xuống "
            "sông Kỳ Cùng cứu hai cháu nhỏ bị nước cuốn khi đi tắm. Xin hỏi người dân có thể đề "
            "nghị khen thưởng cho anh ấy không, và đề nghị ở đâu? Nếu cần xác minh, cán bộ có "
            "thể gọi cho tôi theo số 0977 415 238 hoặc hỏi trưởng thôn."
        ),
        # The original names a third person and gives the asker's phone number.
        "public_text": (
            "Tuần trước, một thanh niên ở thôn tôi đã lao xuống sông cứu hai cháu nhỏ bị nước "
            "cuốn khi đi tắm. Xin hỏi người dân có thể đề nghị khen thưởng cho anh ấy không, và "
            "đề nghị ở đâu?"
        ),
        "publish": True,
        "public_title": "Đề nghị khen thưởng người có hành động dũng cảm cứu người",
        "name_display": "initials",
        "is_faq": False,
        "answer": [
            "Luật Thi đua, khen thưởng năm 2022 có quy định khen thưởng theo thủ tục đơn giản "
            "đối với thành tích xuất sắc đột xuất, trong đó có hành động dũng cảm cứu người, "
            "cứu tài sản. Thủ tục này giúp việc khen thưởng được kịp thời, ngay sau khi sự việc "
            "xảy ra.",
            "Người dân không phải tự lập hồ sơ. Chị có thể báo với trưởng thôn hoặc Ủy ban nhân "
            "dân xã nơi xảy ra sự việc; Ủy ban nhân dân xã xác minh, khen thưởng theo thẩm quyền "
            "hoặc đề nghị Chủ tịch UBND tỉnh tặng Bằng khen. Hồ sơ theo thủ tục đơn giản gồm tờ "
            "trình của cơ quan đề nghị và bản tóm tắt thành tích nêu rõ hành động, thời gian, "
            "địa điểm và kết quả.",
            "Ban Thi đua – Khen thưởng đã chuyển thông tin chị cung cấp tới Ủy ban nhân dân xã "
            "để xác minh và đề xuất khen thưởng kịp thời.",
        ],
        "notes": (
            "Đã gọi điện cho người hỏi xác nhận sự việc; chuyển thông tin tới UBND xã Khánh Khê "
            "đề nghị xác minh, lập hồ sơ khen thưởng theo thủ tục đơn giản."
        ),
    },
    {
        "code": "C3LP5Z",
        "kind": "suggestion",
        "topic": "gop-y-cong-thong-tin",
        "name": "Trần Minh Đức",
        "email": "tranminhduc.ls",
        "phone": "",
        "days_ago": 39,
        "time": "22:10",
        "state": "answered",
        "answer_after": 2,
        "text": (
            "Khi tra cứu quyết định khen thưởng của người thân trên điện thoại, tôi gõ tên có "
            "dấu rất bất tiện. Đề nghị Cổng cho phép tìm theo tên không dấu và có thêm số liệu "
            "thống kê số người được khen thưởng theo từng năm."
        ),
        "publish": True,
        "public_title": "Tìm kiếm khen thưởng theo tên không dấu và số liệu thống kê",
        "name_display": "initials",
        "is_faq": False,
        "answer": [
            "Cảm ơn ông đã góp ý. Cả hai nội dung ông đề xuất đều đã có trên Cổng:",
            [
                "Mục [Tra cứu khen thưởng](/tra-cuu/) và ô tìm kiếm chung tìm được cả khi gõ "
                "không dấu: gõ “nguyen thi huong” vẫn tìm thấy “Nguyễn Thị Hường”.",
                "Mục [Thống kê](/thong-ke/) tổng hợp số tập thể, cá nhân được khen thưởng theo "
                "năm, theo cấp khen thưởng và đối chiếu với các chỉ tiêu của tỉnh.",
            ],
            "Ban sẽ bổ sung hướng dẫn tìm kiếm ngay trên trang tra cứu để người dùng dễ nhận "
            "biết hơn.",
        ],
    },
    {
        "code": "R6DK2Y",
        "kind": "question",
        "topic": "che-do-chinh-sach-khen-thuong",
        "name": "Hà Thị Nguyệt",
        "email": "hathinguyet.td",
        "phone": "0356 902 184",
        "days_ago": 22,
        "time": "08:30",
        "state": "answered",
        "answer_after": 5,
        "text": (
            "Trận lũ vừa qua làm ngập nhà tôi, Bằng khen của Chủ tịch UBND tỉnh tặng tôi năm "
            "2016 bị hỏng hoàn toàn, chỉ còn bản sao quyết định. Xin hỏi tôi có được cấp lại "
            "Bằng khen không và cần làm những thủ tục gì?"
        ),
        "publish": True,
        "public_title": "Bằng khen bị hư hỏng do thiên tai có được cấp lại?",
        # The asker asked not to be named.
        "name_display": "hidden",
        "is_faq": False,
        "answer": [
            "Hiện vật khen thưởng bị hư hỏng, thất lạc vì lý do khách quan như thiên tai được "
            "xem xét cấp đổi, cấp lại theo quy định hướng dẫn Luật Thi đua, khen thưởng.",
            "Để được xem xét cấp lại Bằng khen của Chủ tịch UBND tỉnh, chị gửi về Sở Nội vụ "
            "(qua Ban Thi đua – Khen thưởng):",
            [
                "Đơn đề nghị cấp lại, ghi rõ họ tên, đơn vị công tác tại thời điểm được khen "
                "thưởng, lý do hư hỏng;",
                "Bản sao quyết định khen thưởng (nếu còn);",
                "Xác nhận của cơ quan, đơn vị nơi công tác hoặc Ủy ban nhân dân xã về việc hiện "
                "vật bị hư hỏng do lũ.",
            ],
            "Ban tra cứu hồ sơ khen thưởng lưu trữ để đối chiếu trước khi trình cấp lại. Chị "
            "cũng có thể kiểm tra thông tin khen thưởng của mình tại mục [Tra cứu khen thưởng]"
            "(/tra-cuu/).",
            CONTACT,
        ],
    },
    # Answered, not published ------------------------------------------------------------------
    {
        "code": "V9QA4G",
        "kind": "complaint",
        "topic": "thu-tuc-ho-so-khen-thuong",
        "name": "Lý Văn Hiển",
        "email": "lyvanhien.tn",
        "phone": "0393 517 820",
        "days_ago": 88,
        "time": "11:25",
        "state": "answered",
        "answer_after": 8,
        "text": (
            "Tôi là giáo viên một trường tiểu học ở xã Tràng Định. Cuộc họp bình xét danh hiệu "
            "Lao động tiên tiến và Chiến sĩ thi đua cơ sở năm học vừa qua của trường chỉ có Ban "
            "giám hiệu và tổ trưởng dự, kết quả không được công bố cho giáo viên. Tôi đề nghị cấp "
            "trên kiểm tra lại việc bình xét này."
        ),
        "publish": False,
        "public_title": "",
        "name_display": "hidden",
        "is_faq": False,
        "answer": [
            "Ban Thi đua – Khen thưởng đã nhận được phản ánh của thầy.",
            "Luật Thi đua, khen thưởng năm 2022 quy định việc khen thưởng phải bảo đảm chính "
            "xác, công khai, minh bạch, công bằng, kịp thời. Việc bình xét danh hiệu “Lao động "
            "tiên tiến”, “Chiến sĩ thi đua cơ sở” thuộc thẩm quyền của người đứng đầu đơn vị và "
            "cơ quan quản lý cấp trên, trên cơ sở đề nghị của Hội đồng thi đua, khen thưởng của "
            "đơn vị; kết quả bình xét phải được công khai trong đơn vị.",
            "Ban đã có văn bản đề nghị cơ quan quản lý trực tiếp của nhà trường kiểm tra quy "
            "trình bình xét, trả lời thầy và báo cáo kết quả về Sở Nội vụ. Nếu thầy không đồng ý "
            "với kết quả giải quyết, thầy có quyền khiếu nại theo quy định của pháp luật về khiếu "
            "nại.",
        ],
        "notes": (
            "Đã gửi văn bản đề nghị kiểm tra; không công khai vì liên quan đến một đơn vị cụ thể. "
            "Theo dõi báo cáo kết quả của cơ quan quản lý."
        ),
    },
    {
        "code": "N2SU8E",
        "kind": "question",
        "topic": "thu-tuc-ho-so-khen-thuong",
        "name": "Vi Thị Lan Anh",
        "email": "vilananh.cl",
        "phone": "0912 778 305",
        "days_ago": 57,
        "time": "15:40",
        "state": "answered",
        "answer_after": 3,
        "text": (
            "Tôi cần bản sao quyết định tặng Giấy khen và danh hiệu Chiến sĩ thi đua cơ sở năm "
            "2019 để bổ sung hồ sơ xét thăng hạng chức danh nghề nghiệp, nhưng bản gốc đã bị "
            "thất lạc. Xin hỏi tôi xin bản sao ở đâu?"
        ),
        "publish": False,
        "public_title": "",
        "name_display": "initials",
        "is_faq": False,
        "answer": [
            "Giấy khen và danh hiệu “Chiến sĩ thi đua cơ sở” do người đứng đầu cơ quan, đơn vị "
            "hoặc Chủ tịch Ủy ban nhân dân cấp huyện (trước ngày 01/7/2025) quyết định, nên bản "
            "lưu quyết định nằm tại cơ quan đã ký quyết định.",
            "Chị liên hệ bộ phận văn thư, tổ chức cán bộ của cơ quan đã ban hành quyết định để "
            "được sao y bản chính. Với các quyết định của cấp huyện trước đây, hồ sơ đã được bàn "
            "giao cho Ủy ban nhân dân xã, phường tiếp nhận nhiệm vụ hoặc cơ quan lưu trữ của "
            "tỉnh; chị có thể hỏi Ủy ban nhân dân xã, phường nơi đơn vị đặt trụ sở để được hướng "
            "dẫn.",
        ],
    },
    # Pending ---------------------------------------------------------------------------------
    {
        "code": "J4ZB7P",
        "kind": "question",
        "topic": "danh-hieu-thi-dua",
        "name": "Hoàng Thị Thanh Hương",
        "email": "thanhhuong.mnbs",
        "phone": "",
        "days_ago": 1,
        "time": "20:55",
        "state": "received",
        "text": (
            "Trường mầm non của tôi có ba tổ chuyên môn. Xin hỏi từng tổ chuyên môn có được xét "
            "danh hiệu Tập thể lao động tiên tiến riêng không, hay chỉ nhà trường mới được xét?"
        ),
    },
    {
        "code": "Q7HF3W",
        "kind": "question",
        "topic": "thu-tuc-ho-so-khen-thuong",
        "name": "Dương Văn Lực",
        "email": "duongvanluc.bs",
        "phone": "0325 913 046",
        "days_ago": 6,
        "time": "10:10",
        "state": "in_progress",
        "assigned": True,
        "text": (
            "Hợp tác xã trồng cam của chúng tôi ở xã Bắc Sơn có doanh thu tăng liên tục ba năm, "
            "tạo việc làm cho hơn 40 hộ. Xin hỏi hợp tác xã có được đề nghị tặng Bằng khen của Chủ "
            "tịch UBND tỉnh không, và ai là người đề nghị?"
        ),
        "notes": "Đang trao đổi với Liên minh Hợp tác xã tỉnh về đầu mối đề nghị khen thưởng.",
    },
    {
        "code": "U3KM6X",
        "kind": "question",
        "topic": "thu-tuc-ho-so-khen-thuong",
        "name": "Phùng Văn Sáng",
        "email": "phungvansang.cl",
        "phone": "0834 561 209",
        "days_ago": 26,
        "time": "09:00",
        "state": "in_progress",
        "assigned": True,
        "text": (
            "Bố tôi được tặng Huy chương Kháng chiến hạng Nhì từ năm 1990 nhưng gia đình đã mất "
            "giấy chứng nhận. Nay cần giấy xác nhận khen thưởng để bổ sung hồ sơ, xin hỏi gia "
            "đình liên hệ ở đâu để được xác nhận?"
        ),
        # Searching the archive takes longer than the ten working days: shows as overdue.
        "notes": (
            "Đã đề nghị Trung tâm Lưu trữ lịch sử tỉnh tra cứu danh sách khen thưởng kháng chiến "
            "năm 1990; đang chờ kết quả."
        ),
    },
    {
        "code": "E8WN2L",
        "kind": "question",
        "topic": "che-do-chinh-sach-khen-thuong",
        "name": "Nông Văn Thắng",
        "email": "nongvanthang.dd",
        "phone": "0961 238 470",
        "days_ago": 19,
        "time": "16:15",
        "state": "forwarded",
        "assigned": True,
        "answer_after": 3,
        "forwarded_to": "Sở Nội vụ tỉnh Lạng Sơn (bộ phận chính sách người có công)",
        "text": (
            "Tôi tham gia dân quân xã Đồng Đăng trong thời kỳ chiến tranh bảo vệ biên giới phía "
            "Bắc. Xin hỏi tôi có thuộc diện được hưởng trợ cấp một lần không và nộp hồ sơ ở đâu?"
        ),
        "answer": [
            "Nội dung ông hỏi về chế độ trợ cấp đối với người tham gia chiến tranh bảo vệ Tổ "
            "quốc thuộc lĩnh vực chính sách người có công, không thuộc lĩnh vực thi đua, khen "
            "thưởng.",
            "Ban Thi đua – Khen thưởng đã chuyển câu hỏi của ông tới bộ phận phụ trách chính "
            "sách người có công của Sở Nội vụ để hướng dẫn, trả lời ông trực tiếp. Ông cũng có "
            "thể liên hệ Ủy ban nhân dân xã Đồng Đăng, nơi tiếp nhận hồ sơ ban đầu của các chế "
            "độ này.",
        ],
        "notes": "Chuyển qua hệ thống văn bản điều hành; bộ phận người có công trả lời trực tiếp.",
    },
]

GUIDANCE_INDEX = {
    "slug": "nghiep-vu",
    "title": "Trao đổi nghiệp vụ",
    "intro": (
        "Hướng dẫn nghiệp vụ và biểu mẫu dành cho cán bộ làm công tác thi đua, khen thưởng của "
        "các sở, ban, ngành, đoàn thể, xã, phường và doanh nghiệp: lập hồ sơ khen thưởng, đăng "
        "ký và báo cáo thi đua, xây dựng điển hình tiên tiến."
    ),
}

# Word files offered for download, by key: (Document title, file name, heading, lines).
# A line that is empty is dropped by the DOCX writer, so sections are told apart by their
# numbering only.
DOCUMENTS = {
    "ban-dang-ky": {
        "title": "Mẫu Bản đăng ký thi đua năm (tham khảo)",
        "filename": "mau-ban-dang-ky-thi-dua.docx",
        "heading": "BẢN ĐĂNG KÝ THI ĐUA NĂM …",
        "lines": [
            "TÊN CƠ QUAN, ĐƠN VỊ: ……………………………",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM – Độc lập – Tự do – Hạnh phúc",
            "…………, ngày … tháng … năm …",
            "Kính gửi: Hội đồng Thi đua – Khen thưởng tỉnh (qua Ban Thi đua – Khen thưởng, Sở "
            "Nội vụ).",
            "Cụm (khối) thi đua: ……………………………",
            "Căn cứ Kế hoạch công tác thi đua, khen thưởng năm … của Ủy ban nhân dân tỉnh và "
            "nhiệm vụ được giao, (tên cơ quan, đơn vị) đăng ký thi đua năm … như sau:",
            "I. DANH HIỆU THI ĐUA ĐĂNG KÝ CỦA TẬP THỂ",
            "1. Tập thể cơ quan, đơn vị: đăng ký danh hiệu ……………… (Cờ thi đua của Ủy ban nhân "
            "dân tỉnh; Tập thể lao động xuất sắc; Tập thể lao động tiên tiến).",
            "2. Các tập thể trực thuộc: STT | Tên tập thể | Danh hiệu đăng ký",
            "II. DANH HIỆU THI ĐUA ĐĂNG KÝ CỦA CÁ NHÂN",
            "STT | Họ và tên | Chức vụ, đơn vị | Danh hiệu đăng ký (Chiến sĩ thi đua cấp tỉnh; "
            "Chiến sĩ thi đua cơ sở; Lao động tiên tiến)",
            "Tổng hợp: … người đăng ký “Lao động tiên tiến”; … người đăng ký “Chiến sĩ thi đua "
            "cơ sở”; … người đăng ký “Chiến sĩ thi đua cấp tỉnh”.",
            "III. CÁC CHỈ TIÊU THI ĐUA",
            "STT | Nội dung chỉ tiêu | Đơn vị tính | Chỉ tiêu kế hoạch | Ghi chú",
            "1. ……………………………",
            "2. ……………………………",
            "IV. CÁC PHONG TRÀO THI ĐUA ĐƠN VỊ THAM GIA",
            "– Phong trào thi đua yêu nước năm … do Ủy ban nhân dân tỉnh phát động;",
            "– Các phong trào thi đua theo chuyên đề: ……………………………",
            "V. CAM KẾT",
            "Cơ quan, đơn vị cam kết tổ chức thực hiện các chỉ tiêu đã đăng ký; báo cáo kết quả "
            "sơ kết 6 tháng và tổng kết năm theo hướng dẫn của Hội đồng Thi đua – Khen thưởng "
            "tỉnh.",
            "THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ (Ký tên, đóng dấu)",
            "Ghi chú: Đơn vị có tài khoản trên Cổng thông tin Thi đua – Khen thưởng thực hiện "
            "đăng ký trực tuyến tại mục Đăng ký thi đua; mẫu này dùng để chuẩn bị nội dung và "
            "lấy ý kiến trong đơn vị.",
        ],
    },
    "bao-cao-ca-nhan": {
        "title": "Mẫu Báo cáo thành tích đề nghị khen thưởng – cá nhân (tham khảo)",
        "filename": "mau-bao-cao-thanh-tich-ca-nhan.docx",
        "heading": "BÁO CÁO THÀNH TÍCH ĐỀ NGHỊ TẶNG (GHI DANH HIỆU THI ĐUA, HÌNH THỨC KHEN THƯỞNG)",
        "lines": [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM – Độc lập – Tự do – Hạnh phúc",
            "…………, ngày … tháng … năm …",
            "I. SƠ LƯỢC LÝ LỊCH",
            "– Họ và tên (ghi đầy đủ, có dấu): ……………… Giới tính: ………",
            "– Ngày, tháng, năm sinh: ……………… Dân tộc: ………",
            "– Quê quán: ……………… Nơi thường trú: ………………",
            "– Đơn vị công tác: ………………",
            "– Chức vụ (Đảng, chính quyền, đoàn thể): ………………",
            "– Trình độ chuyên môn, nghiệp vụ: ……………… Lý luận chính trị: ………",
            "II. THÀNH TÍCH ĐẠT ĐƯỢC",
            "1. Quyền hạn, nhiệm vụ được giao hoặc đảm nhận.",
            "2. Thành tích đạt được: kết quả thực hiện nhiệm vụ (khối lượng, chất lượng, hiệu "
            "quả; so sánh với kế hoạch và cùng kỳ năm trước, có số liệu cụ thể); các sáng kiến, "
            "giải pháp, đề tài khoa học (ghi rõ số, ngày văn bản công nhận, hiệu quả áp dụng và "
            "phạm vi ảnh hưởng); việc thực hiện chủ trương, chính sách, pháp luật; tham gia các "
            "phong trào thi đua, hoạt động xã hội; học tập, rèn luyện.",
            "III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG",
            "1. Danh hiệu thi đua: Năm | Danh hiệu | Số, ngày quyết định | Cơ quan ban hành",
            "2. Hình thức khen thưởng: Năm | Hình thức | Số, ngày quyết định | Cơ quan ban hành",
            "THỦ TRƯỞNG ĐƠN VỊ XÁC NHẬN, ĐỀ NGHỊ (Ký, đóng dấu)",
            "NGƯỜI BÁO CÁO THÀNH TÍCH (Ký, ghi rõ họ và tên)",
            "XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG (Ký, đóng dấu)",
            "Ghi chú: Mẫu tham khảo. Khi lập hồ sơ chính thức, đối chiếu với mẫu ban hành kèm "
            "theo Thông tư số 15/2025/TT-BNV và hướng dẫn hiện hành.",
        ],
    },
    "bao-cao-tap-the": {
        "title": "Mẫu Báo cáo thành tích đề nghị khen thưởng – tập thể (tham khảo)",
        "filename": "mau-bao-cao-thanh-tich-tap-the.docx",
        "heading": "BÁO CÁO THÀNH TÍCH ĐỀ NGHỊ TẶNG (GHI DANH HIỆU THI ĐUA, HÌNH THỨC KHEN THƯỞNG)",
        "lines": [
            "TÊN CƠ QUAN, ĐƠN VỊ CẤP TRÊN: ………………",
            "TÊN TẬP THỂ ĐỀ NGHỊ KHEN THƯỞNG: ………………",
            "…………, ngày … tháng … năm …",
            "I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH",
            "1. Đặc điểm, tình hình: địa điểm trụ sở, điện thoại; quá trình thành lập và phát "
            "triển; tổng số cán bộ, công chức, viên chức, người lao động; cơ cấu tổ chức; tổ "
            "chức đảng, đoàn thể.",
            "2. Chức năng, nhiệm vụ được giao.",
            "II. THÀNH TÍCH ĐẠT ĐƯỢC",
            "1. Kết quả thực hiện nhiệm vụ chính trị: các chỉ tiêu, nhiệm vụ đã hoàn thành, so "
            "sánh với kế hoạch và các năm trước (có số liệu); với doanh nghiệp: doanh thu, lợi "
            "nhuận, nộp ngân sách, việc làm và thu nhập của người lao động.",
            "2. Các giải pháp, sáng kiến đổi mới công tác quản lý, ứng dụng khoa học, công nghệ.",
            "3. Việc thực hiện chủ trương, chính sách, pháp luật và nghĩa vụ đối với Nhà nước "
            "(thuế, bảo hiểm xã hội, an toàn lao động, bảo vệ môi trường).",
            "4. Công tác xây dựng Đảng, đoàn thể; chăm lo đời sống người lao động; hoạt động xã "
            "hội, từ thiện.",
            "5. Việc tổ chức phong trào thi đua, phát hiện và nhân rộng điển hình tiên tiến.",
            "III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG",
            "1. Danh hiệu thi đua: Năm | Danh hiệu | Số, ngày quyết định | Cơ quan ban hành",
            "2. Hình thức khen thưởng: Năm | Hình thức | Số, ngày quyết định | Cơ quan ban hành",
            "THỦ TRƯỞNG ĐƠN VỊ (Ký, đóng dấu)",
            "XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG (Ký, đóng dấu)",
            "Ghi chú: Mẫu tham khảo. Khi lập hồ sơ chính thức, đối chiếu với mẫu ban hành kèm "
            "theo Thông tư số 15/2025/TT-BNV và hướng dẫn hiện hành.",
        ],
    },
    "de-cuong-962": {
        "title": (
            "Đề cương báo cáo tổng kết 10 năm thực hiện Chỉ thị số 34-CT/TW (kèm Văn bản số "
            "962/SNV-TĐKT)"
        ),
        "filename": "de-cuong-bao-cao-tong-ket-10-nam-chi-thi-34.docx",
        "heading": "ĐỀ CƯƠNG",
        "lines": [
            "Báo cáo tổng kết 10 năm thực hiện Kế hoạch số 4724/KH-UBND ngày 30/9/2014 của Ủy "
            "ban nhân dân tỉnh triển khai thực hiện Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ "
            "Chính trị và Chỉ thị số 52-CT/TU ngày 28/5/2014 của Tỉnh ủy “về tiếp tục đổi mới "
            "công tác thi đua, khen thưởng”",
            "(Kèm theo Văn bản số 962/SNV-TĐKT ngày 13 tháng 3 năm 2024 của Sở Nội vụ)",
            "I. KHÁI QUÁT ĐẶC ĐIỂM TÌNH HÌNH",
            "– Đặc điểm tình hình",
            "– Thuận lợi",
            "– Khó khăn",
            "II. KẾT QUẢ 10 NĂM TRIỂN KHAI THỰC HIỆN",
            "1. Công tác lãnh đạo, chỉ đạo của các cấp ủy đảng, chính quyền về triển khai thực "
            "hiện Chỉ thị.",
            "a) Công tác quán triệt tuyên truyền đường lối, chủ trương của Đảng, tư tưởng về thi "
            "đua yêu nước của Chủ tịch Hồ Chí Minh, chính sách, pháp luật của Nhà nước về thi "
            "đua khen thưởng.",
            "b) Việc ban hành các Chỉ thị, Nghị quyết của các cấp ủy đảng và chính quyền các cấp.",
            "c) Xây dựng, ban hành cơ chế, chính sách, văn bản triển khai, hướng dẫn của cơ quan "
            "quản lý nhà nước, cơ quan chuyên môn.",
            "2. Việc đổi mới nội dung, hình thức, phương pháp tổ chức các phong trào thi đua yêu "
            "nước",
            "a) Việc xây dựng nội dung, hình thức tổ chức triển khai các phong trào thi đua yêu "
            "nước do Thủ tướng Chính phủ phát động và các phong trào thi đua của bộ, ban, ngành, "
            "địa phương",
            "b) Việc kiểm tra, đánh giá, sơ kết, tổng kết các phong trào thi đua và lựa chọn các "
            "tập thể, cá nhân có thành tích tiêu biểu xuất sắc trong các phong trào thi đua để "
            "biểu dương, khen thưởng.",
            "c) Công tác phát hiện, bồi dưỡng, tuyên truyền, nhân rộng điển hình tiên tiến, trong "
            "đó nêu rõ hình thức và giải pháp triển khai, thực hiện.",
            "3. Việc đổi mới công tác khen thưởng đảm bảo chính xác, kịp thời, công khai, minh "
            "bạch; coi trọng việc phát hiện lựa chọn các tập thể, cá nhân có thành tích xuất sắc "
            "để khen thưởng.",
            "a) Vai trò trách nhiệm của người đứng đầu trong việc phát hiện điển hình tiên tiến "
            "để khen thưởng và đề nghị cấp có thẩm quyền khen thưởng.",
            "b) Việc khen thưởng đối với tập thể nhỏ, công nhân, nông dân, người lao động trực "
            "tiếp sản xuất, kinh doanh, cán bộ, chiến sĩ các lực lượng vũ trang, dân quân, tự "
            "vệ, công an xã, bảo vệ dân phố, dân phòng, bảo vệ cơ quan, doanh nghiệp; quan tâm "
            "khen thưởng cơ sở, vùng sâu, vùng xa, vùng biên giới, hải đảo và vùng dân tộc thiểu "
            "số.",
            "c) Công tác khen thưởng kháng chiến và thực hiện chế độ, chính sách đối với các đối "
            "tượng có công lao, thành tích, cống hiến trong các cuộc kháng chiến của dân tộc.",
            "d) Việc khen thưởng cho các tập thể, cá nhân người nước ngoài có đóng góp trong "
            "công cuộc xây dựng, phát triển kinh tế - xã hội, an ninh quốc phòng của Việt Nam và "
            "có thành tích trong việc củng cố, phát triển mối quan hệ hữu nghị, hợp tác giữa "
            "Việt Nam với các nước, các tổ chức quốc tế.",
            "e) Công tác cải cách thủ tục hành chính, ứng dụng công nghệ thông tin trong lĩnh vực "
            "thi đua, khen thưởng.",
            "(Báo cáo nêu cụ thể số liệu đã được khen thưởng cấp tỉnh và cấp Nhà nước từ năm "
            "2014 đến hết năm 2023)",
            "4. Việc kiện toàn bộ máy làm công tác thi đua, khen thưởng các cấp.",
            "III. ĐÁNH GIÁ CHUNG",
            "1. Đánh giá chung: a) Ưu điểm; b) Tồn tại, hạn chế.",
            "2. Nguyên nhân của tồn tại, hạn chế: a) Khách quan; b) Chủ quan.",
            "3. Bài học kinh nghiệm.",
            "IV. KIẾN NGHỊ, ĐỀ XUẤT",
        ],
    },
}

# Pages under /hoi-dap/nghiep-vu/. Body blocks: ("heading", text), ("subheading", text),
# ("paragraph", text or [paragraphs and lists]), ("document", key of DOCUMENTS, label).
# A page is dated `days_ago` before seeding, or on a fixed `date`.
GUIDANCE_PAGES = [
    {
        "slug": "lap-ho-so-de-nghi-bang-khen-chu-tich-ubnd-tinh",
        "title": "Hướng dẫn lập hồ sơ đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh",
        "kind": "guidance",
        "days_ago": 118,
        "lead": (
            "Thành phần hồ sơ, cách viết báo cáo thành tích và những lỗi thường gặp khiến hồ sơ "
            "phải trả lại để bổ sung."
        ),
        "body": [
            ("heading", "Căn cứ"),
            (
                "paragraph",
                "Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định số 152/2025/NĐ-CP ngày "
                "14/6/2025 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi "
                "đua, khen thưởng; quy định về công tác thi đua, khen thưởng của Ủy ban nhân dân "
                "tỉnh. Toàn văn các văn bản xem tại mục [Văn bản](/van-ban/).",
            ),
            ("heading", "Thành phần hồ sơ"),
            (
                "paragraph",
                [
                    "Hồ sơ đề nghị theo thủ tục thông thường gồm:",
                    [
                        "Tờ trình đề nghị khen thưởng của cơ quan, đơn vị trình, kèm danh sách "
                        "tập thể, cá nhân (ghi đúng họ tên, chức vụ, đơn vị như trong báo cáo);",
                        "Biên bản họp xét của Hội đồng Thi đua – Khen thưởng cấp trình;",
                        "Báo cáo thành tích của tập thể, cá nhân theo mẫu, có xác nhận của cấp "
                        "trình;",
                        "Văn bản chứng minh thành tích: quyết định công nhận sáng kiến, đề tài "
                        "khoa học; giấy chứng nhận giải thưởng; số liệu sản xuất, kinh doanh.",
                    ],
                    "Khen thưởng thành tích xuất sắc đột xuất (dũng cảm cứu người, cứu tài sản, "
                    "thành tích đặc biệt trong thi đấu…) được thực hiện theo thủ tục đơn giản: "
                    "hồ sơ gồm tờ trình và bản tóm tắt thành tích do cơ quan đề nghị lập.",
                ],
            ),
            ("heading", "Viết báo cáo thành tích"),
            (
                "paragraph",
                [
                    "Báo cáo thành tích là căn cứ chính để thẩm định. Một báo cáo tốt:",
                    [
                        "Nêu số liệu cụ thể và so sánh với kế hoạch, với cùng kỳ năm trước;",
                        "Ghi rõ số, ngày của văn bản công nhận sáng kiến và hiệu quả áp dụng;",
                        "Chỉ kê thành tích trong thời gian tính thành tích của hình thức đề "
                        "nghị, không dùng lại thành tích đã được khen thưởng;",
                        "Với doanh nghiệp, nêu rõ việc thực hiện nghĩa vụ thuế, bảo hiểm xã "
                        "hội, an toàn lao động, bảo vệ môi trường.",
                    ],
                ],
            ),
            ("heading", "Những lỗi thường gặp"),
            (
                "paragraph",
                [
                    [
                        "Báo cáo chung chung, chép lại báo cáo tổng kết của đơn vị, không có số "
                        "liệu của tập thể, cá nhân được đề nghị;",
                        "Sáng kiến không kèm văn bản công nhận hoặc không nêu phạm vi ảnh hưởng;",
                        "Thiếu xác nhận của cấp trình, hoặc họ tên, chức vụ trong danh sách "
                        "không khớp với báo cáo;",
                        "Gửi hồ sơ sau thời hạn ghi trong hướng dẫn tổng kết năm của Hội đồng.",
                    ],
                    "Đề án ban hành kèm theo Quyết định số 1657/QĐ-UBND đặt mục tiêu trên 75% số "
                    "khen thưởng cấp tỉnh dành cho người lao động trực tiếp (trong đó công nhân, "
                    "nông dân trên 20%) và trên 75% cho tập thể nhỏ, đơn vị cơ sở. Khi lập danh "
                    "sách đề nghị, các đơn vị cần chú ý cơ cấu này.",
                ],
            ),
            ("heading", "Mẫu báo cáo thành tích"),
            ("document", "bao-cao-ca-nhan", "Mẫu báo cáo thành tích của cá nhân (Word)"),
            ("document", "bao-cao-tap-the", "Mẫu báo cáo thành tích của tập thể (Word)"),
        ],
    },
    {
        "slug": "dang-ky-va-bao-cao-thi-dua-truc-tuyen",
        "title": "Đăng ký thi đua và báo cáo kết quả trực tuyến: các bước thực hiện",
        "kind": "guidance",
        "days_ago": 262,
        "lead": (
            "Cán bộ thi đua, khen thưởng của các cơ quan, đơn vị đăng ký danh hiệu, chỉ tiêu thi "
            "đua đầu năm và báo cáo kết quả sơ kết, tổng kết trên Cổng thông tin."
        ),
        "body": [
            ("heading", "Ai thực hiện"),
            (
                "paragraph",
                "Cán bộ phụ trách thi đua, khen thưởng của các sở, ban, ngành, đoàn thể tỉnh, Ủy "
                "ban nhân dân các xã, phường và doanh nghiệp thuộc các cụm, khối thi đua của "
                "tỉnh. Tài khoản do Ban Thi đua – Khen thưởng cấp theo văn bản giới thiệu của thủ "
                "trưởng đơn vị; mỗi đơn vị chỉ xem và sửa hồ sơ của mình.",
            ),
            ("heading", "Đăng ký thi đua đầu năm"),
            (
                "paragraph",
                [
                    (
                        "ol",
                        [
                            "Đăng nhập tại mục [Đăng ký thi đua](/dang-ky-thi-dua/) và chọn đợt "
                            "đăng ký của năm.",
                            "Nhập danh hiệu thi đua của tập thể, danh sách cá nhân và danh hiệu "
                            "từng người đăng ký.",
                            "Nhập các chỉ tiêu thi đua: nội dung, đơn vị tính, chỉ tiêu kế "
                            "hoạch, ghi chú; chọn các phong trào đơn vị tham gia và người ký.",
                            "Lưu nháp, kiểm tra lại rồi gửi trước hạn đăng ký.",
                            "Theo dõi trạng thái: đã gửi, trả lại (kèm lý do) hoặc đã chấp nhận.",
                        ],
                    ),
                ],
            ),
            ("heading", "Báo cáo sơ kết, tổng kết"),
            (
                "paragraph",
                "Giữa năm và cuối năm, đơn vị báo cáo kết quả thực hiện từng chỉ tiêu đã đăng "
                "ký, phần thuyết minh theo đề cương (đặc điểm tình hình, kết quả, đánh giá, bài "
                "học kinh nghiệm, kiến nghị), tự chấm điểm theo bảng tiêu chí của cụm, khối thi "
                "đua và đính kèm báo cáo có chữ ký, đóng dấu (PDF).",
            ),
            ("heading", "Lưu ý"),
            (
                "paragraph",
                [
                    [
                        "Sau hạn đăng ký, báo cáo, đơn vị không tự sửa được; cần sửa thì đề "
                        "nghị Thường trực Hội đồng mở lại.",
                        "Mỗi lần gửi được cấp một mã tiếp nhận và thư xác nhận gửi tới địa chỉ "
                        "thư điện tử của tài khoản.",
                        "Mẫu bản đăng ký bằng Word dùng để chuẩn bị nội dung, lấy ý kiến trong "
                        "đơn vị trước khi nhập lên Cổng.",
                    ],
                ],
            ),
            ("document", "ban-dang-ky", "Mẫu Bản đăng ký thi đua (Word)"),
        ],
    },
    {
        "slug": "phat-hien-boi-duong-nhan-rong-dien-hinh-tien-tien",
        "title": "Phát hiện, bồi dưỡng và nhân rộng điển hình tiên tiến",
        "kind": "guidance",
        "days_ago": 47,
        "lead": (
            "Mỗi cơ quan, đơn vị xây dựng ít nhất 02 điển hình tiên tiến mỗi năm. Gợi ý cách "
            "phát hiện, bồi dưỡng và giới thiệu điển hình trên Cổng thông tin."
        ),
        "body": [
            ("heading", "Quy trình bốn bước"),
            (
                "paragraph",
                "Công tác điển hình tiên tiến được thực hiện đồng bộ theo bốn bước: phát hiện – "
                "bồi dưỡng – tổng kết – nhân rộng. Người đứng đầu cơ quan, đơn vị chịu trách "
                "nhiệm phát hiện tập thể, cá nhân có thành tích để khen thưởng hoặc đề nghị cấp "
                "trên khen thưởng.",
            ),
            ("heading", "Phát hiện và bồi dưỡng"),
            (
                "paragraph",
                [
                    [
                        "Chú trọng người lao động trực tiếp, công nhân, nông dân, tập thể nhỏ và "
                        "cơ sở ở vùng sâu, vùng xa, vùng biên giới;",
                        "Theo dõi qua sơ kết, tổng kết phong trào, qua ý kiến của Mặt trận, đoàn "
                        "thể và người dân;",
                        "Giao nhiệm vụ, tạo điều kiện để mô hình, cách làm hay được duy trì và "
                        "đánh giá bằng kết quả cụ thể.",
                    ],
                ],
            ),
            ("heading", "Giới thiệu trên Cổng thông tin"),
            (
                "paragraph",
                [
                    "Đơn vị gửi về Ban Thi đua – Khen thưởng bài viết (khoảng 800 – 1.200 chữ), "
                    "ảnh có chú thích và sự đồng ý của người được giới thiệu, kèm xác nhận của "
                    "thủ trưởng đơn vị. Bài được biên tập, phê duyệt trước khi đăng tại mục "
                    "[Gương điển hình](/guong-dien-hinh/).",
                    "Người dân cũng có thể giới thiệu một tấm gương qua mục [Hỏi đáp]"
                    "(/hoi-dap/gui-cau-hoi/); Ban phối hợp với địa phương xác minh trước khi "
                    "viết bài.",
                ],
            ),
        ],
    },
    {
        "slug": "bieu-mau-dang-ky-thi-dua-va-bao-cao-thanh-tich",
        "title": "Biểu mẫu đăng ký thi đua và báo cáo thành tích",
        "kind": "template",
        "days_ago": 205,
        "lead": (
            "Các mẫu tham khảo bằng Word: bản đăng ký thi đua năm, báo cáo thành tích đề nghị "
            "khen thưởng của cá nhân và của tập thể."
        ),
        "body": [
            (
                "paragraph",
                "Các mẫu dưới đây giúp cơ quan, đơn vị chuẩn bị nội dung. Khi lập hồ sơ chính "
                "thức, đối chiếu với mẫu ban hành kèm theo Thông tư số 15/2025/TT-BNV và "
                "hướng dẫn hiện hành; việc đăng ký thi đua thực hiện trực tuyến tại mục "
                "[Đăng ký thi đua](/dang-ky-thi-dua/).",
            ),
            ("heading", "Đăng ký thi đua"),
            ("document", "ban-dang-ky", "Mẫu Bản đăng ký thi đua năm"),
            ("heading", "Báo cáo thành tích đề nghị khen thưởng"),
            ("document", "bao-cao-ca-nhan", "Mẫu báo cáo thành tích của cá nhân"),
            ("document", "bao-cao-tap-the", "Mẫu báo cáo thành tích của tập thể"),
        ],
    },
    {
        "slug": "de-cuong-bao-cao-tong-ket-10-nam-chi-thi-34",
        "title": "Đề cương báo cáo tổng kết 10 năm thực hiện Chỉ thị số 34-CT/TW",
        "kind": "template",
        "date": "2024-03-14",
        "lead": (
            "Đề cương kèm theo Văn bản số 962/SNV-TĐKT ngày 13/3/2024 của Sở Nội vụ, để các cơ "
            "quan, đơn vị báo cáo tổng kết 10 năm tiếp tục đổi mới công tác thi đua, khen thưởng."
        ),
        "body": [
            (
                "paragraph",
                "Thực hiện Kế hoạch số 4724/KH-UBND ngày 30/9/2014 của Ủy ban nhân dân tỉnh triển "
                "khai Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị và Chỉ thị số 52-CT/TU "
                "ngày 28/5/2014 của Tỉnh ủy “về tiếp tục đổi mới công tác thi đua, khen thưởng”, "
                "các cơ quan, đơn vị xây dựng báo cáo tổng kết 10 năm theo đề cương sau.",
            ),
            ("heading", "Bố cục báo cáo"),
            (
                "paragraph",
                [
                    (
                        "ol",
                        [
                            "Khái quát đặc điểm tình hình: đặc điểm, thuận lợi, khó khăn.",
                            "Kết quả 10 năm triển khai thực hiện: lãnh đạo, chỉ đạo; đổi mới "
                            "nội dung, hình thức tổ chức phong trào thi đua; đổi mới công tác "
                            "khen thưởng; kiện toàn bộ máy làm công tác thi đua, khen thưởng.",
                            "Đánh giá chung: ưu điểm, tồn tại, hạn chế, nguyên nhân; bài học "
                            "kinh nghiệm.",
                            "Kiến nghị, đề xuất.",
                        ],
                    ),
                    "Báo cáo nêu cụ thể số liệu khen thưởng cấp tỉnh và cấp Nhà nước từ năm 2014 "
                    "đến hết năm 2023, trong đó có khen thưởng tập thể nhỏ, công nhân, nông dân, "
                    "người lao động trực tiếp và cơ sở vùng sâu, vùng xa, vùng biên giới.",
                ],
            ),
            ("document", "de-cuong-962", "Đề cương báo cáo (Word)"),
        ],
    },
]
