"""Demo content for the exemplars and movements sections of the Lạng Sơn portal.

Plain data only: the groups stories are filed under, two emulation movements and
fifteen stories of exemplary people and collectives (gương điển hình tiên tiến, người tốt việc
tốt). Dates are ISO strings ("YYYY-MM-DD"). A story is a list of blocks: ("paragraph", text),
("heading", text), ("quote", text, attribution) and ("facts", [(label, value), …]).

The movements are built on Quyết định 1657/QĐ-UBND (the province's published text) and on
the 2026 plan 26/KH-UBND of ``news/demo_content.py``; ``plan_number`` is a document number in
that file's DOCUMENTS. ``movement`` is an index into MOVEMENTS (or None). ``award_holder`` is the
exact ``full_name`` of an awardee in that file's DECISIONS when the story is about that person or
collective, otherwise "". ``locality`` is the name of a current commune or ward of the province's
list (home/data/localities_lang_son.json).

The people, their words and figures, the companies and the villages named here are fictional;
units that also appear in the award decisions keep the names used there. Localities follow the
administrative map in force since 1/7/2025 (xã, phường; no district level).
"""

GROUPS = [
    ("Công nhân", "cong-nhan"),
    ("Nông dân", "nong-dan"),
    ("Giáo viên", "giao-vien"),
    ("Y – bác sĩ", "y-bac-si"),
    ("Thanh niên", "thanh-nien"),
    ("Phụ nữ", "phu-nu"),
    ("Doanh nhân – doanh nghiệp", "doanh-nhan-doanh-nghiep"),
    ("Lực lượng vũ trang", "luc-luong-vu-trang"),
    ("Người tốt việc tốt", "nguoi-tot-viec-tot"),
    ("Cán bộ, công chức", "can-bo-cong-chuc"),
]

MOVEMENTS = [
    {
        "title": (
            "Phong trào thi đua thực hiện Đề án nâng cao chất lượng công tác thi đua, khen thưởng "
            "giai đoạn 2021 – 2025"
        ),
        "slug": "thi-dua-thuc-hien-de-an-nang-cao-chat-luong-tdkt-2021-2025",
        "launched_by": "Ủy ban nhân dân tỉnh Lạng Sơn",
        "plan_number": "1657/QĐ-UBND",
        "start": "2021-08-19",
        "end": "2025-12-31",
        "scope": "province",
        "status": "reviewed",
        "intro": (
            "Triển khai Đề án ban hành kèm theo Quyết định số 1657/QĐ-UBND ngày 19/8/2021 của UBND "
            "tỉnh, phong trào hướng các cấp, các ngành tổ chức thi đua thiết thực, gắn với nhiệm "
            "vụ chính trị và đưa công tác khen thưởng về cơ sở, về người lao động trực tiếp. Kết "
            "quả giai đoạn 2021 – 2025 đã được Hội đồng Thi đua – Khen thưởng tỉnh đánh giá tại "
            "phiên họp ngày 22/01/2026."
        ),
        "goals": [
            "Hằng năm, 100% sở, ban, ngành, đoàn thể tỉnh, địa phương và doanh nghiệp thuộc cụm, "
            "khối thi đua phát động và ký kết giao ước thi đua",
            "100% phong trào thi đua đã phát động có tiêu chí cụ thể, có sơ kết, tổng kết và biểu "
            "dương, khen thưởng",
            "Khen thưởng cấp Nhà nước: tập thể nhỏ đạt 60%, người lao động trực tiếp trên 20%, "
            "công nhân, nông dân từ 5% trở lên",
            "Khen thưởng cấp tỉnh: người lao động trực tiếp trên 75% (trong đó trên 20% là công "
            "nhân, nông dân); tập thể nhỏ, đơn vị cơ sở trên 75%",
            "Xây dựng, nhân rộng mô hình, điển hình tiên tiến đồng bộ ở cả bốn khâu: phát hiện, "
            "bồi dưỡng, tổng kết, nhân rộng",
        ],
        "criteria": [
            "Nội dung thi đua gắn với nhiệm vụ chính trị, chỉ tiêu phát triển kinh tế – xã hội của "
            "cơ quan, đơn vị, địa phương; dễ thực hiện, dễ kiểm tra, giám sát",
            "Kết hợp thi đua thường xuyên với thi đua theo đợt, theo chuyên đề để giải quyết nhiệm "
            "vụ trọng tâm, cấp bách",
            "Gắn phong trào thi đua với học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí "
            "Minh",
            "Mỗi cấp, ngành, đơn vị xây dựng, bồi dưỡng ít nhất 02 điển hình tiên tiến",
            "Khen thưởng đúng quy trình, chính xác, kịp thời; danh sách được khen thưởng công khai "
            "trên Trang thông tin điện tử của Hội đồng Thi đua – Khen thưởng tỉnh",
        ],
    },
    {
        "title": (
            "Phong trào thi đua yêu nước năm 2026 “Đoàn kết, kỷ cương, đổi mới, sáng tạo, thi đua "
            "hoàn thành thắng lợi nhiệm vụ năm 2026”"
        ),
        "slug": "phong-trao-thi-dua-yeu-nuoc-nam-2026",
        "launched_by": "Ủy ban nhân dân tỉnh Lạng Sơn",
        "plan_number": "26/KH-UBND",
        "start": "2026-02-26",
        "end": "2026-12-31",
        "scope": "province",
        "status": "ongoing",
        "intro": (
            "Phát động ngày 26/02/2026 theo Kế hoạch số 26/KH-UBND ngày 09/02/2026 của UBND tỉnh, "
            "trong năm đầu thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII và năm "
            "đầu các xã, phường vận hành trọn vẹn mô hình chính quyền địa phương hai cấp."
        ),
        "goals": [
            "Phát triển kinh tế cửa khẩu, thương mại, dịch vụ và du lịch",
            "Phát triển nông nghiệp hàng hóa gắn với xây dựng nông thôn mới, giảm nghèo bền vững ở "
            "vùng đồng bào dân tộc thiểu số",
            "Cải cách hành chính, chuyển đổi số, nâng cao hiệu quả chính quyền địa phương hai cấp",
            "Phát triển văn hóa, giáo dục, y tế, chăm lo đời sống Nhân dân",
            "Bảo đảm quốc phòng, an ninh, xây dựng biên giới hòa bình, hữu nghị, hợp tác và phát "
            "triển",
        ],
        "criteria": [
            "Cơ quan, đơn vị phát động tại đơn vị, đăng ký danh hiệu và chỉ tiêu thi đua trực "
            "tuyến trên Cổng thông tin trước ngày 31/3/2026",
            "Tỷ lệ khen thưởng cấp tỉnh cho người lao động trực tiếp trên 75%, trong đó công nhân, "
            "nông dân trên 20%; tập thể nhỏ, đơn vị cơ sở trên 75%",
            "Mỗi cơ quan, đơn vị xây dựng ít nhất 02 điển hình tiên tiến",
            "100% hồ sơ đề nghị khen thưởng được tiếp nhận và giải quyết đúng hạn",
            "Sơ kết 6 tháng trong tháng 7/2026, tổng kết cuối năm; các cụm thi đua kiểm tra chéo "
            "100% đơn vị trong cụm",
        ],
    },
]

EXEMPLARS = [
    {
        "title": "Bà Nguyễn Thị Hường giữ nương hồi của ông cha, cùng bà con Nà Pàn thoát nghèo",
        "slug": "ba-nguyen-thi-huong-giu-nuong-hoi-cung-ba-con-na-pan",
        "kind": "person",
        "name": "Nguyễn Thị Hường",
        "group": "Nông dân",
        "locality": "xã Khánh Khê",
        "commune_detail": "thôn Nà Pàn",
        "ethnicity": "Tày",
        "show_ethnicity": True,
        "movement": 0,
        "date": "2025-09-15",
        "featured": True,
        "summary": (
            "Từ mấy nương hồi già cỗi bố mẹ để lại, bà Nguyễn Thị Hường, người Tày ở thôn Nà Pàn, "
            "đã gây dựng 12 ha hồi thâm canh và một lò chưng cất tinh dầu. Bà cùng 15 hộ trong "
            "thôn lập tổ hợp tác thu mua, sơ chế hồi, tạo việc làm thường xuyên cho 8 lao động và "
            "giúp các hộ nghèo có giống, có kỹ thuật để vươn lên."
        ),
        "story": [
            (
                "paragraph",
                "Tháng Chín, mùa hồi chính vụ, con đường vào thôn Nà Pàn thơm mùi hoa hồi phơi "
                "trên những nong tre. Ngôi nhà sàn của bà Nguyễn Thị Hường lúc nào cũng rộn tiếng "
                "người: người cân hồi, người đảo nong, người chất củi cho lò chưng cất tinh dầu ở "
                "cuối vườn.",
            ),
            ("heading", "Không chặt hồi trồng cây khác"),
            (
                "paragraph",
                "Hơn hai mươi năm trước, gia đình bà chỉ có vài sào ruộng và mấy nương hồi già "
                "cỗi. Những năm giá hồi xuống thấp, nhiều nhà trong thôn chặt hồi để trồng cây "
                "khác; bà thì theo học các lớp tập huấn của Hội Nông dân, mạnh dạn vay vốn Ngân "
                "hàng Chính sách xã hội để cải tạo vườn cũ, trồng mới theo hướng thâm canh và đầu "
                "tư lò chưng cất tinh dầu. Đến nay, gia đình bà có 12 ha hồi, mỗi năm thu khoảng "
                "20 tấn hồi tươi, sau khi trừ chi phí còn trên 500 triệu đồng.",
            ),
            (
                "quote",
                "Cây hồi là của ông cha để lại, mình chăm cho tử tế thì đất không phụ người.",
                "Bà Nguyễn Thị Hường",
            ),
            ("heading", "Tổ hợp tác của 15 hộ"),
            (
                "paragraph",
                "Năm 2019, bà cùng 15 hộ trong thôn thành lập Tổ hợp tác trồng và sơ chế hồi Nà "
                "Pàn, thống nhất giá bán để không bị thương lái ép giá. Cơ sở của bà tạo việc làm "
                "thường xuyên cho 8 lao động và hơn 20 lao động thời vụ; bà hỗ trợ cây giống, "
                "hướng dẫn kỹ thuật cho 6 hộ nghèo và góp công, góp tiền làm đường bê tông nội "
                "thôn.",
            ),
            (
                "facts",
                [
                    ("Diện tích hồi", "12 ha"),
                    ("Sản lượng hồi tươi mỗi năm", "khoảng 20 tấn"),
                    ("Lao động có việc làm thường xuyên", "8 người"),
                    ("Hộ nghèo được hỗ trợ giống, kỹ thuật", "6 hộ"),
                    ("Khen thưởng", "Bằng khen của Chủ tịch UBND tỉnh năm 2024"),
                ],
            ),
            (
                "paragraph",
                "Tháng 10/2024, bà Hường, Chi hội Nông dân thôn Nà Pàn và Tổ hợp tác trồng và sơ "
                "chế hồi Nà Pàn cùng được Chủ tịch UBND tỉnh tặng Bằng khen vì có thành tích xuất "
                "sắc trong phong trào thi đua nông dân sản xuất, kinh doanh giỏi, đoàn kết giúp "
                "nhau làm giàu và giảm nghèo bền vững. Sau sắp xếp đơn vị hành chính, Nà Pàn nay "
                "thuộc xã Khánh Khê; mùa hồi năm nay, bà vẫn đều đặn đến từng nương hướng dẫn hội "
                "viên cách tỉa cành, bón phân cho cây hồi.",
            ),
        ],
        "photo_alt": (
            "Bà Nguyễn Thị Hường đảo nong hoa hồi đang phơi trước sân nhà sàn ở thôn Nà Pàn"
        ),
        "award_holder": "Nguyễn Thị Hường",
    },
    {
        "title": "Thầy Đào Văn Lực và lớp học ghép ở điểm trường Khe Mò",
        "slug": "thay-dao-van-luc-lop-hoc-ghep-diem-truong-khe-mo",
        "kind": "person",
        "name": "Đào Văn Lực",
        "group": "Giáo viên",
        "locality": "xã Kiên Mộc",
        "commune_detail": (
            "điểm trường Khe Mò, Trường Phổ thông dân tộc bán trú Tiểu học và THCS Bắc Xa"
        ),
        "ethnicity": "",
        "show_ethnicity": False,
        "movement": 0,
        "date": "2025-09-05",
        "featured": True,
        "summary": (
            "Mười lăm năm bám điểm trường lẻ Khe Mò nơi vùng biên Bắc Xa, thầy giáo Đào Văn Lực đã "
            "học tiếng Dao để trò chuyện với phụ huynh, đến từng nhà vận động học sinh trở lại "
            "lớp. Nhiều năm liền, tỷ lệ học sinh đi học chuyên cần của điểm trường đạt trên 98%."
        ),
        "story": [
            (
                "paragraph",
                "Sáng khai giảng năm học 2025 – 2026, sân điểm trường Khe Mò chỉ rộng bằng một sân "
                "bóng chuyền nhưng đủ cả ba mươi mốt học sinh, áo trắng mới, khăn quàng đỏ thắm. "
                "Đứng đón các em ở cổng vẫn là thầy Đào Văn Lực, người vừa bước sang năm học thứ "
                "mười sáu ở điểm trường này.",
            ),
            ("heading", "Những năm đầu đi bộ vào bản"),
            (
                "paragraph",
                "Quê ở Hữu Lũng, năm 2010 thầy Lực tốt nghiệp sư phạm và tình nguyện nhận công tác "
                "tại điểm trường Khe Mò của Trường Phổ thông dân tộc bán trú Tiểu học và THCS Bắc "
                "Xa, cách điểm trường chính hơn 12 km đường đất. Những năm đầu, thầy dạy lớp ghép "
                "hai trình độ; mùa mưa phải gửi xe máy ở chân dốc rồi đi bộ vào bản.",
            ),
            ("heading", "Học tiếng Dao để hiểu học trò"),
            (
                "paragraph",
                "Thấy nhiều em nghỉ học theo bố mẹ lên nương, thầy học tiếng Dao để trò chuyện với "
                "phụ huynh, đến từng nhà vận động. Thầy mở lớp học tiếng Việt buổi tối cho phụ "
                "huynh, cùng đồng nghiệp trồng vườn rau để cải thiện bữa ăn bán trú và tự làm đồ "
                "dùng dạy học từ tre, nứa, vỏ hộp.",
            ),
            (
                "quote",
                "Các em chỉ cần được đến lớp đều, được ăn no, phần còn lại thầy trò mình cùng cố "
                "gắng.",
                "Thầy giáo Đào Văn Lực",
            ),
            (
                "facts",
                [
                    ("Năm học gắn bó với điểm trường", "16 năm học"),
                    ("Học sinh đi học chuyên cần", "trên 98%"),
                    ("Học sinh được vận động trở lại lớp", "27 em"),
                    ("Danh hiệu Chiến sĩ thi đua cơ sở", "3 năm liền"),
                    ("Khen thưởng", "Bằng khen của Chủ tịch UBND tỉnh năm 2025"),
                ],
            ),
            (
                "paragraph",
                "Tháng 5/2025, thầy được Chủ tịch UBND tỉnh tặng Bằng khen vì có thành tích xuất "
                "sắc trong phong trào thi đua “Đổi mới, sáng tạo trong dạy và học” ở vùng đồng bào "
                "dân tộc thiểu số. Cô Hoàng Thị Lan, Hiệu trưởng nhà trường, cho biết tấm gương "
                "của thầy giúp nhiều giáo viên trẻ yên tâm gắn bó với điểm trường vùng biên.",
            ),
        ],
        "photo_alt": (
            "Thầy giáo Đào Văn Lực hướng dẫn học sinh lớp ghép tập viết trong phòng học của điểm "
            "trường Khe Mò"
        ),
        "award_holder": "Đào Văn Lực",
    },
    {
        "title": "Trạm Y tế xã Na Dương đưa chăm sóc sức khỏe đến từng khu dân cư",
        "slug": "tram-y-te-xa-na-duong-cham-soc-suc-khoe-tung-khu-dan-cu",
        "kind": "collective",
        "name": "Trạm Y tế xã Na Dương",
        "group": "Y – bác sĩ",
        "locality": "xã Na Dương",
        "commune_detail": "Trung tâm Y tế khu vực Lộc Bình",
        "ethnicity": "",
        "show_ethnicity": False,
        "movement": 0,
        "date": "2026-02-12",
        "featured": False,
        "summary": (
            "Phụ trách địa bàn rộng hơn sau sắp xếp đơn vị hành chính, Trạm Y tế xã Na Dương vẫn "
            "lập hồ sơ sức khỏe điện tử cho 96% người dân và quản lý hơn 1.200 người bệnh tăng "
            "huyết áp, đái tháo đường. Năm 2025, trạm được Chủ tịch UBND tỉnh tặng danh hiệu Tập "
            "thể lao động xuất sắc."
        ),
        "story": [
            (
                "paragraph",
                "Bảy giờ sáng thứ Năm, nhà văn hóa khu Nà Bó đã kín chỗ. Ba y, bác sĩ của Trạm Y "
                "tế xã Na Dương đo huyết áp, thử đường huyết, cấp thuốc và hẹn lịch tái khám cho "
                "người cao tuổi, nhiều người là công nhân mỏ đã nghỉ hưu.",
            ),
            ("heading", "Đưa trạm y tế đến gần dân"),
            (
                "paragraph",
                "Từ ngày 01/7/2025, địa bàn trạm phụ trách rộng hơn trước, nhiều thôn cách trạm "
                "trên 15 km. Trạm chia cán bộ thành bốn nhóm phụ trách theo cụm dân cư, mỗi tuần "
                "tổ chức ít nhất một buổi khám lưu động; người bệnh mạn tính được theo dõi bằng sổ "
                "huyết áp tại nhà và nhận tin nhắn nhắc lịch tái khám.",
            ),
            (
                "paragraph",
                "Cách làm “sổ huyết áp tại nhà, nhắc lịch qua điện thoại” là sáng kiến của bác sĩ "
                "Vi Văn Mạnh, được công nhận và nhân rộng ra nhiều trạm y tế trong tỉnh. Bác sĩ "
                "Mạnh được tặng danh hiệu Chiến sĩ thi đua cấp tỉnh năm 2025.",
            ),
            (
                "quote",
                "Người bệnh tăng huyết áp bỏ thuốc nhiều khi chỉ vì ngại đường xa. Mình đến tận "
                "khu, tận thôn thì bà con giữ được thuốc đều.",
                "Bác sĩ Lăng Thị Huyền, Trạm trưởng Trạm Y tế xã Na Dương",
            ),
            (
                "facts",
                [
                    ("Người dân có hồ sơ sức khỏe điện tử", "96%"),
                    ("Người bệnh tăng huyết áp, đái tháo đường được quản lý", "1.240 người"),
                    ("Trẻ em dưới 1 tuổi được tiêm chủng đầy đủ", "99,2%"),
                    ("Lượt khám, chữa bệnh năm 2025", "hơn 14.000 lượt"),
                ],
            ),
            (
                "paragraph",
                "Cuối tháng 01/2026, Trạm Y tế xã Na Dương được Chủ tịch UBND tỉnh tặng danh hiệu "
                "Tập thể lao động xuất sắc năm 2025. Năm nay, trạm đăng ký phấn đấu quản lý, điều "
                "trị tại xã cho trên 90% người bệnh mạn tính trên địa bàn.",
            ),
        ],
        "photo_alt": (
            "Nhân viên Trạm Y tế xã Na Dương đo huyết áp cho người cao tuổi tại nhà văn hóa khu "
            "dân cư"
        ),
        "award_holder": "Trạm Y tế xã Na Dương",
    },
    {
        "title": "Người thợ cơ khí Nông Văn Thái và những sáng kiến tiết kiệm hàng trăm triệu đồng",
        "slug": "tho-co-khi-nong-van-thai-sang-kien-tiet-kiem",
        "kind": "person",
        "name": "Nông Văn Thái",
        "group": "Công nhân",
        "locality": "xã Chi Lăng",
        "commune_detail": "Công ty cổ phần Vật liệu xây dựng Chi Lăng",
        "ethnicity": "Nùng",
        "show_ethnicity": False,
        "movement": 0,
        "date": "2026-02-05",
        "featured": True,
        "summary": (
            "Hơn hai mươi năm làm thợ sửa chữa cơ khí ở Công ty cổ phần Vật liệu xây dựng Chi "
            "Lăng, anh Nông Văn Thái có ba sáng kiến được công nhận, giúp giảm thời gian dừng máy "
            "và tiết kiệm khoảng 640 triệu đồng mỗi năm. Anh được tặng danh hiệu Chiến sĩ thi đua "
            "cấp tỉnh năm 2025."
        ),
        "story": [
            (
                "paragraph",
                "Tiếng máy nghiền vừa khựng lại, anh Nông Văn Thái đã có mặt ở chân băng tải, tay "
                "cầm đèn pin và bộ cờ lê. Với người thợ sửa chữa cơ khí đã gắn bó hơn hai mươi năm "
                "với dây chuyền sản xuất của Công ty cổ phần Vật liệu xây dựng Chi Lăng, mỗi phút "
                "dừng máy là một phút sốt ruột.",
            ),
            ("heading", "Từ những lần máy hỏng giữa ca"),
            (
                "paragraph",
                "Trước đây, con lăn và gối đỡ băng tải phải thay liên tục, có tháng dây chuyền "
                "dừng hàng chục giờ để chờ phụ tùng. Anh Thái ghi chép từng lần hỏng hóc, tự vẽ "
                "lại bản vẽ, cùng tổ cơ khí gia công con lăn thay thế và cải tiến tấm che bụi cho "
                "gối đỡ. Sau đó, anh tiếp tục cải tiến hệ thống bôi trơn tự động cho máy nghiền và "
                "làm đồ gá để thay búa nghiền nhanh hơn.",
            ),
            (
                "paragraph",
                "Ba sáng kiến của anh trong giai đoạn 2023 – 2025 được công nhận, áp dụng ở các "
                "phân xưởng của công ty và được nhiều doanh nghiệp vật liệu xây dựng trong tỉnh "
                "đến học tập. Thời gian dừng máy do sự cố giảm khoảng 35%, mỗi năm tiết kiệm "
                "khoảng 640 triệu đồng tiền phụ tùng và điện năng.",
            ),
            (
                "quote",
                "Máy cũng như người, chịu khó nghe nó thì biết nó đau ở đâu.",
                "Anh Nông Văn Thái",
            ),
            (
                "facts",
                [
                    ("Sáng kiến được công nhận (2023 – 2025)", "3 sáng kiến"),
                    ("Chi phí tiết kiệm mỗi năm", "khoảng 640 triệu đồng"),
                    ("Thời gian dừng máy do sự cố", "giảm khoảng 35%"),
                    ("Công nhân trẻ được kèm cặp", "14 người"),
                    ("Danh hiệu", "Chiến sĩ thi đua cấp tỉnh năm 2025"),
                ],
            ),
            ("heading", "Người thầy của thợ trẻ"),
            (
                "paragraph",
                "Ngoài giờ làm, anh kèm cặp 14 công nhân trẻ, nhiều người đã thi nâng bậc thợ. Năm "
                "2025, Công ty cổ phần Vật liệu xây dựng Chi Lăng được tặng Cờ thi đua của UBND "
                "tỉnh, còn anh Thái được Chủ tịch UBND tỉnh tặng danh hiệu Chiến sĩ thi đua cấp "
                "tỉnh.",
            ),
        ],
        "photo_alt": (
            "Anh Nông Văn Thái kiểm tra con lăn băng tải bên dây chuyền nghiền của nhà máy"
        ),
        "award_holder": "Nông Văn Thái",
    },
    {
        "title": "Hợp tác xã Thạch đen Tràng Định đưa cây thạch đen thành hàng hóa",
        "slug": "hop-tac-xa-thach-den-trang-dinh-cay-thach-den-thanh-hang-hoa",
        "kind": "collective",
        "name": "Hợp tác xã Thạch đen Tràng Định",
        "group": "Doanh nhân – doanh nghiệp",
        "locality": "xã Tràng Định",
        "commune_detail": "thôn Bản Piềng",
        "ethnicity": "",
        "show_ethnicity": False,
        "movement": 1,
        "date": "2026-03-20",
        "featured": False,
        "summary": (
            "Từ cây thạch đen quen thuộc trên nương, Hợp tác xã Thạch đen Tràng Định liên kết với "
            "320 hộ, xây dựng vùng nguyên liệu 180 ha và có hai sản phẩm đạt chuẩn OCOP 4 sao. Năm "
            "2026, hợp tác xã đăng ký thi đua mở rộng vùng trồng theo quy trình an toàn và tạo "
            "việc làm cho thêm 10 lao động địa phương."
        ),
        "story": [
            (
                "paragraph",
                "Cuối tháng Ba, trên các triền đồi quanh xưởng sơ chế của Hợp tác xã Thạch đen "
                "Tràng Định, bà con đang xuống giống vụ mới. Cây thạch đen, thứ cây người Tày, "
                "Nùng vẫn trồng xen trên nương để nấu thạch giải nhiệt, nay đã thành nguồn thu "
                "chính của hàng trăm hộ.",
            ),
            ("heading", "Liên kết để không bị ép giá"),
            (
                "paragraph",
                "Trước khi có hợp tác xã, thạch đen khô chủ yếu bán cho thương lái, giá lên xuống "
                "thất thường. Ông Lâm Văn Sơn, Giám đốc hợp tác xã, cùng các thành viên ký hợp "
                "đồng bao tiêu với hộ trồng, hướng dẫn quy trình canh tác, phơi sấy theo tiêu "
                "chuẩn chung và đầu tư máy sấy, máy đóng gói để tự chế biến bột thạch, thạch đen "
                "đóng hộp.",
            ),
            (
                "quote",
                "Bà con yên tâm trồng thì hợp tác xã mới có hàng tốt để bán. Mình giữ chữ tín với "
                "dân trước rồi mới giữ chữ tín với khách.",
                "Ông Lâm Văn Sơn, Giám đốc Hợp tác xã Thạch đen Tràng Định",
            ),
            (
                "facts",
                [
                    ("Vùng nguyên liệu liên kết", "180 ha"),
                    ("Hộ thành viên và hộ liên kết", "320 hộ"),
                    ("Sản phẩm đạt chuẩn OCOP 4 sao", "2 sản phẩm"),
                    ("Lao động làm việc thường xuyên", "26 người"),
                    ("Doanh thu năm 2025", "11,5 tỷ đồng"),
                ],
            ),
            ("heading", "Đăng ký thi đua năm 2026"),
            (
                "paragraph",
                "Tháng 01/2026, hợp tác xã và ông Lâm Văn Sơn cùng được Chủ tịch UBND tỉnh tặng "
                "Bằng khen vì thành tích xuất sắc trong phong trào thi đua năm 2025. Hưởng ứng "
                "phong trào thi đua yêu nước năm 2026, hợp tác xã đăng ký mở rộng thêm 40 ha vùng "
                "trồng theo quy trình an toàn, được cấp mã số vùng trồng và tạo việc làm cho thêm "
                "10 lao động địa phương.",
            ),
        ],
        "photo_alt": (
            "Thành viên Hợp tác xã Thạch đen Tràng Định phơi thạch đen trên sân xưởng sơ chế"
        ),
        "award_holder": "Hợp tác xã Thạch đen Tràng Định",
    },
    {
        "title": "Chiến sĩ dân quân Đàm Văn Huấn và những cung đường tuần tra biên giới",
        "slug": "chien-si-dan-quan-dam-van-huan-tuan-tra-bien-gioi",
        "kind": "person",
        "name": "Đàm Văn Huấn",
        "group": "Lực lượng vũ trang",
        "locality": "xã Đồng Đăng",
        "commune_detail": "Ban Chỉ huy quân sự xã Đồng Đăng",
        "ethnicity": "Tày",
        "show_ethnicity": False,
        "movement": 1,
        "date": "2026-03-05",
        "featured": False,
        "summary": (
            "Là chiến sĩ dân quân thường trực của xã biên giới Đồng Đăng, anh Đàm Văn Huấn cùng bộ "
            "đội biên phòng tuần tra gần trăm lượt mỗi năm, kịp thời phát hiện, báo cáo nhiều vụ "
            "việc trên tuyến biên giới. Anh được Chủ tịch UBND tỉnh tặng Bằng khen vì thành tích "
            "xuất sắc trong phong trào thi đua năm 2025."
        ),
        "story": [
            (
                "paragraph",
                "Năm giờ sáng, khi sương còn phủ kín các đồi quanh cửa khẩu, anh Đàm Văn Huấn đã "
                "cùng tổ tuần tra lên đường. Đoạn đường mòn dọc biên giới anh đi quen đến mức biết "
                "từng con dốc, từng khe suối dễ trơn trượt sau mưa.",
            ),
            ("heading", "Người con của thôn biên giới"),
            (
                "paragraph",
                "Sinh ra ở một thôn biên giới, hoàn thành nghĩa vụ quân sự năm 2019, anh Huấn xung "
                "phong vào lực lượng dân quân thường trực của xã. Thạo tiếng Tày, tiếng Nùng, anh "
                "thường được phân công cùng tổ công tác đến từng nhà tuyên truyền pháp luật về "
                "biên giới quốc gia, vận động bà con không tiếp tay cho buôn lậu, xuất nhập cảnh "
                "trái phép.",
            ),
            (
                "paragraph",
                "Năm 2025, anh tham gia 96 lượt tuần tra cùng bộ đội biên phòng, phát hiện, báo "
                "cáo kịp thời 11 vụ việc, góp phần bảo vệ an toàn đường biên, mốc quốc giới. Mùa "
                "mưa bão, anh cùng đồng đội giúp dân chằng chống nhà cửa, dọn bùn đất, sửa lại "
                "đường vào thôn.",
            ),
            (
                "quote",
                "Mốc giới là của cả nước, nhưng đoạn đường này thì ngày nào mình cũng phải đi qua "
                "tận mắt mới yên tâm.",
                "Anh Đàm Văn Huấn",
            ),
            (
                "facts",
                [
                    ("Lượt tuần tra cùng bộ đội biên phòng năm 2025", "96 lượt"),
                    ("Vụ việc phát hiện, báo cáo kịp thời", "11 vụ"),
                    ("Ngày công giúp dân", "hơn 120 ngày công"),
                    ("Khen thưởng", "Bằng khen của Chủ tịch UBND tỉnh năm 2025"),
                ],
            ),
            ("heading", "Thi đua trong năm mới"),
            (
                "paragraph",
                "Năm 2026, Ban Chỉ huy quân sự xã Đồng Đăng đăng ký thi đua bảo đảm 100% chiến sĩ "
                "dân quân thường trực hoàn thành huấn luyện đạt khá, giỏi. Anh Huấn nhận kèm hai "
                "chiến sĩ mới, hướng dẫn các em đọc bản đồ, ghi nhật ký tuần tra và cách ứng xử "
                "với người dân trong khu vực biên giới.",
            ),
        ],
        "photo_alt": (
            "Anh Đàm Văn Huấn cùng tổ dân quân tuần tra trên đường mòn biên giới trong sương sớm"
        ),
        "award_holder": "Đàm Văn Huấn",
    },
    {
        "title": "Công chức Nông Thị Thu và bộ phận một cửa của xã Mẫu Sơn mới",
        "slug": "cong-chuc-nong-thi-thu-bo-phan-mot-cua-xa-mau-son",
        "kind": "person",
        "name": "Nông Thị Thu",
        "group": "Cán bộ, công chức",
        "locality": "xã Mẫu Sơn",
        "commune_detail": "Văn phòng HĐND và UBND xã Mẫu Sơn",
        "ethnicity": "Nùng",
        "show_ethnicity": False,
        "movement": 1,
        "date": "2026-04-08",
        "featured": False,
        "summary": (
            "Khi ba xã Mẫu Sơn, Yên Khoái và Tú Mịch hợp thành xã Mẫu Sơn mới, chị Nông Thị Thu, "
            "công chức Văn phòng HĐND và UBND xã, cùng đồng nghiệp số hóa hơn 12.600 trang hồ sơ "
            "và đưa bộ phận một cửa đến tận thôn. Năm 2025, toàn bộ hồ sơ thủ tục hành chính của "
            "xã được giải quyết đúng hạn."
        ),
        "story": [
            (
                "paragraph",
                "Chiếc ba lô của chị Nông Thị Thu lúc nào cũng có máy tính xách tay, máy in nhỏ, "
                "sổ tiếp nhận và xấp tờ hướng dẫn in sẵn. Mỗi tuần hai buổi, chị cùng đồng nghiệp "
                "lên các thôn xa trung tâm xã để nhận hồ sơ, hướng dẫn bà con nộp trực tuyến.",
            ),
            ("heading", "Sắp xếp lại từ những tủ hồ sơ"),
            (
                "paragraph",
                "Ngày 01/7/2025, xã Mẫu Sơn mới đi vào hoạt động trên cơ sở ba xã Mẫu Sơn, Yên "
                "Khoái và Tú Mịch. Hồ sơ hộ tịch, đất đai của ba xã cũ nằm ở ba trụ sở khác nhau, "
                "nhiều cuốn sổ đã cũ, nhòe chữ. Chị Thu đề xuất lập danh mục, phân công người phụ "
                "trách từng loại hồ sơ và tranh thủ cả ngày nghỉ để quét, nhập dữ liệu.",
            ),
            (
                "paragraph",
                "Đến cuối năm 2025, hơn 12.600 trang hồ sơ được số hóa, người dân đến làm thủ tục "
                "không còn phải chờ tra cứu sổ giấy. Tỷ lệ hồ sơ nộp trực tuyến của xã đạt 71%, "
                "cao hơn nhiều so với trước khi sắp xếp.",
            ),
            (
                "quote",
                "Bà con ở xa, đi một lần lên xã mất cả ngày công. Mình đi thì chỉ mất một buổi, mà "
                "bà con đỡ vất vả.",
                "Chị Nông Thị Thu",
            ),
            (
                "facts",
                [
                    ("Trang hồ sơ được số hóa", "hơn 12.600 trang"),
                    ("Hồ sơ thủ tục hành chính giải quyết đúng hạn", "100%"),
                    ("Hồ sơ nộp trực tuyến", "71%"),
                    ("Buổi hỗ trợ lưu động tại thôn", "38 buổi"),
                ],
            ),
            (
                "paragraph",
                "Tháng 01/2026, chị Thu được Chủ tịch UBND tỉnh tặng Bằng khen; Ủy ban nhân dân xã "
                "Mẫu Sơn cũng là một trong những tập thể được khen thưởng. Trong phong trào thi "
                "đua năm 2026, bộ phận một cửa của xã đặt mục tiêu đưa tỷ lệ hồ sơ nộp trực tuyến "
                "lên trên 80%.",
            ),
        ],
        "photo_alt": (
            "Chị Nông Thị Thu hướng dẫn một người cao tuổi nộp hồ sơ trên điện thoại tại nhà văn "
            "hóa thôn"
        ),
        "award_holder": "Nông Thị Thu",
    },
    {
        "title": "Tổ thanh niên tình nguyện đưa “Bình dân học vụ số” về thôn bản Bắc Sơn",
        "slug": "to-thanh-nien-tinh-nguyen-binh-dan-hoc-vu-so-bac-son",
        "kind": "collective",
        "name": "Tổ thanh niên tình nguyện “Bình dân học vụ số” xã Bắc Sơn",
        "group": "Thanh niên",
        "locality": "xã Bắc Sơn",
        "commune_detail": "Đoàn Thanh niên xã Bắc Sơn",
        "ethnicity": "",
        "show_ethnicity": False,
        "movement": 1,
        "date": "2026-03-26",
        "featured": True,
        "summary": (
            "Mười hai đoàn viên của Tổ thanh niên tình nguyện “Bình dân học vụ số” xã Bắc Sơn mở "
            "các buổi “Chủ nhật số” ở thôn, hướng dẫn hơn 2.300 người dân dùng điện thoại thông "
            "minh để làm thủ tục, thanh toán và bán nông sản trực tuyến. Cách làm gần gũi của tổ "
            "được nhiều xã trong tỉnh đến học tập."
        ),
        "story": [
            (
                "paragraph",
                "Chiều Chủ nhật, nhà văn hóa thôn ồn ào như buổi họp chợ. Ở mỗi bàn, một đoàn viên "
                "ngồi cạnh hai, ba bà con, kiên nhẫn chỉ từng thao tác: mở ứng dụng định danh điện "
                "tử, quét mã thanh toán, chụp ảnh quả quýt sao cho đẹp để đăng bán.",
            ),
            ("heading", "Mỗi đoàn viên là một “giáo viên số”"),
            (
                "paragraph",
                "Tổ được Đoàn Thanh niên xã Bắc Sơn thành lập năm 2025, hưởng ứng phong trào “Bình "
                "dân học vụ số”. Thành viên là giáo viên, nhân viên ngân hàng, bưu điện và thanh "
                "niên khởi nghiệp ở địa phương; mỗi người nhận phụ trách một thôn, lập nhóm Zalo "
                "để bà con hỏi bất cứ lúc nào.",
            ),
            (
                "paragraph",
                "Tổ biên soạn bộ hướng dẫn bằng hình ảnh, có chú thích song ngữ Việt – Tày cho "
                "người cao tuổi, và phối hợp với Công an xã hỗ trợ kích hoạt tài khoản định danh "
                "điện tử. Nhiều hộ trồng quýt, làm du lịch cộng đồng đã biết tự quảng bá, nhận đặt "
                "hàng, đặt phòng qua mạng.",
            ),
            (
                "quote",
                "Lúc đầu bà con sợ bấm nhầm mất tiền, nên bọn em cứ ngồi cạnh đến khi bà con tự "
                "làm được mới thôi.",
                "Chị Dương Thị Ngọc Hân, Tổ trưởng Tổ thanh niên tình nguyện",
            ),
            (
                "facts",
                [
                    ("Đoàn viên tham gia", "12 người"),
                    ("Người dân được hướng dẫn kỹ năng số", "hơn 2.300 người"),
                    ("Tài khoản định danh điện tử được hỗ trợ kích hoạt", "860 tài khoản"),
                    ("Buổi “Chủ nhật số” tại thôn", "41 buổi"),
                    ("Hộ được hỗ trợ bán nông sản trực tuyến", "57 hộ"),
                ],
            ),
            (
                "paragraph",
                "Nhân kỷ niệm 95 năm Ngày thành lập Đoàn Thanh niên Cộng sản Hồ Chí Minh "
                "(26/3/1931 – 26/3/2026), tổ được Tỉnh đoàn biểu dương là mô hình tiêu biểu của "
                "tuổi trẻ trong phong trào thi đua yêu nước năm 2026. Năm nay, tổ đặt mục tiêu mỗi "
                "hộ trong xã có ít nhất một người biết sử dụng dịch vụ công trực tuyến.",
            ),
        ],
        "photo_alt": (
            "Đoàn viên thanh niên hướng dẫn người cao tuổi sử dụng điện thoại thông minh tại nhà "
            "văn hóa thôn"
        ),
        "award_holder": "",
    },
    {
        "title": "Đồn Biên phòng Chi Ma: giữ bình yên cửa khẩu, nâng bước em tới trường",
        "slug": "don-bien-phong-chi-ma-nang-buoc-em-toi-truong",
        "kind": "collective",
        "name": "Đồn Biên phòng Chi Ma",
        "group": "Lực lượng vũ trang",
        "locality": "xã Mẫu Sơn",
        "commune_detail": "khu vực cửa khẩu Chi Ma",
        "ethnicity": "",
        "show_ethnicity": False,
        "movement": 0,
        "date": "2024-12-20",
        "featured": False,
        "summary": (
            "Bên cạnh nhiệm vụ quản lý, bảo vệ biên giới và kiểm soát người, phương tiện qua lại "
            "cửa khẩu Chi Ma, cán bộ, chiến sĩ Đồn Biên phòng Chi Ma đang nhận đỡ đầu 17 học sinh "
            "có hoàn cảnh khó khăn. Đồn xây dựng 9 tổ tự quản đường biên, mốc quốc giới với 112 hộ "
            "dân tham gia."
        ),
        "story": [
            (
                "paragraph",
                "Cứ đầu tháng, cán bộ Đồn Biên phòng Chi Ma lại đến nhà các em học sinh được đồn "
                "nhận đỡ đầu, mang theo sách vở, tiền hỗ trợ và hỏi han chuyện học hành. Nhiều em "
                "đã quen gọi các chú bộ đội là “bố nuôi”.",
            ),
            ("heading", "Giữ bình yên nơi cửa khẩu"),
            (
                "paragraph",
                "Đồn phụ trách đoạn biên giới có cửa khẩu Chi Ma, nơi hằng ngày có nhiều xe chở "
                "hàng xuất nhập khẩu qua lại. Cán bộ, chiến sĩ duy trì tuần tra, kiểm soát, phối "
                "hợp với các lực lượng chức năng phòng, chống buôn lậu, xuất nhập cảnh trái phép, "
                "đồng thời giải quyết thủ tục biên phòng nhanh, thông suốt cho người và phương "
                "tiện.",
            ),
            ("heading", "Những người “bố nuôi” quân hàm xanh"),
            (
                "paragraph",
                "Thực hiện các chương trình “Nâng bước em tới trường” và “Con nuôi đồn Biên "
                "phòng”, đồn nhận đỡ đầu 17 học sinh, hỗ trợ mỗi em từ 500.000 đồng đến 1 triệu "
                "đồng mỗi tháng đến khi học hết lớp 12. Cán bộ đồn thường xuyên về các thôn biên "
                "giới giúp dân làm nhà, làm đường, hướng dẫn trồng rừng, chăn nuôi.",
            ),
            (
                "quote",
                "Dân có no thì biên giới mới vững. Các cháu được học hành đến nơi đến chốn thì bản "
                "làng mới đổi thay.",
                "Thiếu tá Hoàng Minh Tiến, Chính trị viên Đồn Biên phòng Chi Ma",
            ),
            (
                "facts",
                [
                    ("Học sinh được nhận đỡ đầu", "17 em"),
                    ("Tổ tự quản đường biên, mốc quốc giới", "9 tổ, 112 hộ"),
                    ("Hộ khó khăn được hỗ trợ sinh kế", "24 hộ"),
                    ("Ngày công giúp dân năm 2024", "hơn 1.300 ngày công"),
                ],
            ),
            (
                "paragraph",
                "Những việc làm bền bỉ của đồn góp phần xây dựng thế trận biên phòng toàn dân vững "
                "chắc, giữ cho khu vực biên giới hòa bình, hữu nghị, hợp tác và phát triển.",
            ),
        ],
        "photo_alt": (
            "Cán bộ Đồn Biên phòng Chi Ma trao sách vở cho các em học sinh được đồn nhận đỡ đầu"
        ),
        "award_holder": "",
    },
    {
        "title": "Chị Triệu Thị Mai và tổ phụ nữ Dao làm giàu từ cây thuốc",
        "slug": "chi-trieu-thi-mai-to-phu-nu-dao-lam-giau-tu-cay-thuoc",
        "kind": "person",
        "name": "Triệu Thị Mai",
        "group": "Phụ nữ",
        "locality": "xã Bình Gia",
        "commune_detail": "thôn Khuổi Luông",
        "ethnicity": "Dao",
        "show_ethnicity": True,
        "movement": 0,
        "date": "2023-10-20",
        "featured": False,
        "summary": (
            "Là Chi hội trưởng Chi hội Phụ nữ thôn Khuổi Luông, chị Triệu Thị Mai, người Dao, đã "
            "vận động 23 chị em lập tổ trồng và chế biến dược liệu, giữ bài thuốc tắm của đồng bào "
            "mình. Thu nhập của các thành viên tăng thêm khoảng 2,5 triệu đồng mỗi tháng; ba năm "
            "liền thôn không có trường hợp tảo hôn."
        ),
        "story": [
            (
                "paragraph",
                "Căn bếp nhà chị Triệu Thị Mai lúc nào cũng thơm mùi lá thuốc. Những bó lá được "
                "chị em trong tổ hái về từ vườn, rửa sạch, phơi khô rồi đóng gói thành túi lá tắm "
                "mang đi bán ở các chợ phiên và các điểm du lịch trong tỉnh.",
            ),
            ("heading", "Giữ bài thuốc của người Dao"),
            (
                "paragraph",
                "Năm 2020, khi được bầu làm Chi hội trưởng Chi hội Phụ nữ thôn, chị Mai trăn trở "
                "vì nhiều chị em chỉ trông vào mấy sào ngô, sắn. Chị vận động các gia đình trồng "
                "cây thuốc quanh nhà, ven nương thay vì vào rừng hái, rồi cùng 23 chị em lập tổ "
                "sản xuất, thống nhất cách sơ chế, đóng gói và nhãn mác.",
            ),
            (
                "paragraph",
                "Được hỗ trợ từ Dự án 8 về bình đẳng giới của Chương trình mục tiêu quốc gia phát "
                "triển kinh tế – xã hội vùng đồng bào dân tộc thiểu số và miền núi, tổ có thêm máy "
                "sấy và được tập huấn bán hàng qua mạng. Chi hội còn xây dựng “Địa chỉ tin cậy ở "
                "cộng đồng” để hỗ trợ phụ nữ, trẻ em bị bạo lực gia đình và tuyên truyền phòng, "
                "chống tảo hôn.",
            ),
            (
                "quote",
                "Chị em mình có thu nhập riêng thì nói gì trong nhà cũng được nghe, con gái cũng "
                "được đi học lâu hơn.",
                "Chị Triệu Thị Mai",
            ),
            (
                "facts",
                [
                    ("Thành viên tổ dược liệu", "23 chị em"),
                    ("Diện tích trồng cây thuốc", "4,5 ha"),
                    ("Thu nhập tăng thêm bình quân", "khoảng 2,5 triệu đồng/người/tháng"),
                    ("Thôn không có trường hợp tảo hôn", "3 năm liền"),
                ],
            ),
            (
                "paragraph",
                "Nhân kỷ niệm 93 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 – "
                "20/10/2023), chị Mai được Hội Liên hiệp Phụ nữ tỉnh biểu dương là cán bộ hội cơ "
                "sở tiêu biểu.",
            ),
        ],
        "photo_alt": (
            "Chị Triệu Thị Mai trong trang phục người Dao cùng chị em trong tổ phân loại lá thuốc "
            "phơi khô"
        ),
        "award_holder": "",
    },
    {
        "title": "Tài xế Chu Văn Hiển trả lại túi tiền gần trăm triệu đồng cho khách",
        "slug": "tai-xe-chu-van-hien-tra-lai-tui-tien-cho-khach",
        "kind": "person",
        "name": "Chu Văn Hiển",
        "group": "Người tốt việc tốt",
        "locality": "phường Đông Kinh",
        "commune_detail": "tổ dân phố số 4",
        "ethnicity": "",
        "show_ethnicity": False,
        "movement": None,
        "date": "2025-08-14",
        "featured": False,
        "summary": (
            "Phát hiện chiếc túi xách có gần 96 triệu đồng cùng giấy tờ khách bỏ quên trên xe, anh "
            "Chu Văn Hiển, tài xế ở phường Đông Kinh, đã tìm mọi cách liên lạc và trả lại tận tay "
            "người đánh rơi. Nhiều năm nay, anh còn chở miễn phí người bệnh nghèo đến khám, chữa "
            "bệnh tại Bệnh viện Đa khoa tỉnh."
        ),
        "story": [
            (
                "paragraph",
                "Tối 02/8/2025, sau khi đưa một nhóm khách du lịch từ Hà Nội về khách sạn, anh Chu "
                "Văn Hiển phát hiện chiếc túi xách bỏ quên ở hàng ghế sau. Trong túi có gần 96 "
                "triệu đồng, thẻ căn cước và nhiều giấy tờ quan trọng.",
            ),
            (
                "paragraph",
                "Không có số điện thoại của khách, anh quay lại khách sạn thì nhóm khách đã đi ăn "
                "tối. Anh nhờ lễ tân liên hệ, chờ đến gần 11 giờ đêm để trả lại túi, rồi cùng chủ "
                "nhân đến Công an phường Đông Kinh làm biên bản bàn giao. Người khách gửi tiền cảm "
                "ơn, anh từ chối.",
            ),
            (
                "quote",
                "Của ai người ấy dùng. Cầm tiền của người khác thì mình ăn ngủ không yên.",
                "Anh Chu Văn Hiển",
            ),
            ("heading", "Những chuyến xe không tính tiền"),
            (
                "paragraph",
                "Từ năm 2021, mỗi tuần anh Hiển dành vài chuyến xe không tính tiền để đưa người "
                "bệnh nghèo, người cao tuổi neo đơn từ nhà đến Bệnh viện Đa khoa tỉnh và ngược "
                "lại. Anh lập nhóm tài xế thiện nguyện, cùng nhau nhận chở người bệnh chạy thận, "
                "người vừa ra viện không có người đón.",
            ),
            (
                "facts",
                [
                    ("Tài sản trả lại người đánh rơi", "gần 96 triệu đồng và giấy tờ"),
                    ("Chuyến xe miễn phí cho người bệnh", "hơn 300 chuyến"),
                    ("Tài xế trong nhóm thiện nguyện", "18 người"),
                    ("Khen thưởng", "Giấy khen của Chủ tịch UBND phường Đông Kinh"),
                ],
            ),
            (
                "paragraph",
                "Ghi nhận việc làm của anh, Chủ tịch UBND phường Đông Kinh tặng Giấy khen về thành "
                "tích gương người tốt, việc tốt. Câu chuyện của anh được bà con trong khu phố kể "
                "lại như một lời nhắc về sự tử tế giữa đời thường.",
            ),
        ],
        "photo_alt": "Anh Chu Văn Hiển đứng bên chiếc ô tô anh dùng để chở khách và chở người bệnh",
        "award_holder": "",
    },
    {
        "title": "Anh Vy Văn Khải và 42 lần hiến máu cứu người",
        "slug": "anh-vy-van-khai-42-lan-hien-mau-cuu-nguoi",
        "kind": "person",
        "name": "Vy Văn Khải",
        "group": "Người tốt việc tốt",
        "locality": "phường Lương Văn Tri",
        "commune_detail": "tổ dân phố số 9",
        "ethnicity": "Nùng",
        "show_ethnicity": False,
        "movement": 1,
        "date": "2026-06-14",
        "featured": False,
        "summary": (
            "Hơn hai mươi năm qua, anh Vy Văn Khải, thợ sửa xe máy ở phường Lương Văn Tri, đã 42 "
            "lần hiến máu tình nguyện, nhiều lần trong đêm khi bệnh viện cần máu gấp. Anh vận động "
            "hơn 60 người cùng tham gia câu lạc bộ “Ngân hàng máu sống” của phường."
        ),
        "story": [
            (
                "paragraph",
                "Trong cuốn sổ nhỏ để ở ngăn kéo tiệm sửa xe, anh Vy Văn Khải ghi lại từng lần "
                "hiến máu: ngày, nơi hiến, có lần chỉ vỏn vẹn mấy chữ “2 giờ sáng, Khoa Hồi sức”. "
                "Tháng 6/2026, cuốn sổ đã sang trang thứ ba, với 42 lần hiến máu.",
            ),
            ("heading", "Lần đầu từ thời học nghề"),
            (
                "paragraph",
                "Anh hiến máu lần đầu năm 2003, khi còn là học viên trường trung cấp nghề. Từ đó, "
                "cứ ba, bốn tháng anh lại đi hiến một lần. Khi câu lạc bộ “Ngân hàng máu sống” của "
                "phường được thành lập, anh xin tham gia ngay và để lại số điện thoại để bệnh viện "
                "gọi bất cứ lúc nào.",
            ),
            (
                "paragraph",
                "Đã 9 lần anh được gọi hiến máu khẩn cấp trong đêm cho người bệnh cấp cứu, sản phụ "
                "băng huyết. Anh còn vận động bạn bè, khách quen ở tiệm; hơn 60 người đã cùng anh "
                "tham gia câu lạc bộ.",
            ),
            (
                "quote",
                "Máu mình còn tái tạo được, còn người bệnh thì không chờ được.",
                "Anh Vy Văn Khải",
            ),
            (
                "facts",
                [
                    ("Số lần hiến máu tình nguyện", "42 lần"),
                    ("Lần hiến máu khẩn cấp trong đêm", "9 lần"),
                    ("Người được vận động tham gia câu lạc bộ", "hơn 60 người"),
                    ("Năm tham gia hiến máu", "23 năm"),
                ],
            ),
            (
                "paragraph",
                "Nhân Ngày Quốc tế người hiến máu 14/6/2026, anh Khải được Ban Chỉ đạo vận động "
                "hiến máu tình nguyện tỉnh tôn vinh là người hiến máu tiêu biểu. Anh bảo sẽ còn đi "
                "hiến đến khi sức khỏe không cho phép.",
            ),
        ],
        "photo_alt": (
            "Anh Vy Văn Khải trên giường hiến máu tại điểm hiến máu tình nguyện, tay cầm cuốn sổ "
            "ghi các lần hiến"
        ),
        "award_holder": "",
    },
    {
        "title": "Doanh nhân Lý Thị Thu Hiền đưa tinh dầu hồi Văn Quan đi xa",
        "slug": "doanh-nhan-ly-thi-thu-hien-tinh-dau-hoi-van-quan",
        "kind": "person",
        "name": "Lý Thị Thu Hiền",
        "group": "Doanh nhân – doanh nghiệp",
        "locality": "xã Văn Quan",
        "commune_detail": "Công ty TNHH Hồi Quế Văn Quan",
        "ethnicity": "Tày",
        "show_ethnicity": False,
        "movement": 0,
        "date": "2025-10-13",
        "featured": False,
        "summary": (
            "Rời công việc ổn định ở Hà Nội về quê, chị Lý Thị Thu Hiền thành lập công ty chế biến "
            "hồi, bao tiêu sản phẩm cho hơn 200 hộ trồng hồi và có ba sản phẩm đạt chuẩn OCOP 4 "
            "sao. Công ty tạo việc làm thường xuyên cho 32 lao động, phần lớn là người dân tộc "
            "thiểu số."
        ),
        "story": [
            (
                "paragraph",
                "Xưởng chế biến của Công ty TNHH Hồi Quế Văn Quan nằm ven quốc lộ 1B, mùa nào cũng "
                "thoang thoảng mùi hồi. Trên kệ trưng bày là những chai tinh dầu hồi, túi hoa hồi "
                "sấy, hộp gia vị mang nhãn hiệu của công ty, nhiều mặt hàng đã có mặt ở các chuỗi "
                "siêu thị.",
            ),
            ("heading", "Về quê làm nghề của cha mẹ"),
            (
                "paragraph",
                "Tốt nghiệp đại học ngành công nghệ thực phẩm, chị Hiền làm việc nhiều năm cho một "
                "doanh nghiệp ở Hà Nội. Năm 2016, thấy hoa hồi quê nhà chủ yếu bán thô, giá bấp "
                "bênh, chị quyết định trở về, thành lập công ty, đầu tư dây chuyền chưng cất, sấy "
                "và đóng gói.",
            ),
            (
                "paragraph",
                "Công ty ký hợp đồng bao tiêu với hơn 200 hộ trồng hồi ở các xã quanh vùng, trong "
                "đó có Tổ hợp tác trồng và sơ chế hồi Nà Pàn, và hướng dẫn bà con thu hái, phơi "
                "sấy đúng kỹ thuật để nâng giá trị sản phẩm. Ba sản phẩm của công ty đạt chuẩn "
                "OCOP 4 sao; tinh dầu hồi đã được xuất khẩu theo đơn hàng.",
            ),
            (
                "quote",
                "Hồi Văn Quan thơm không thua đâu, chỉ thiếu cách làm cho ra hàng hóa. Doanh "
                "nghiệp có lãi thì bà con trồng hồi cũng phải có lãi.",
                "Chị Lý Thị Thu Hiền, Giám đốc Công ty TNHH Hồi Quế Văn Quan",
            ),
            (
                "facts",
                [
                    ("Hộ trồng hồi được bao tiêu", "hơn 200 hộ"),
                    ("Sản phẩm đạt chuẩn OCOP 4 sao", "3 sản phẩm"),
                    ("Lao động có việc làm thường xuyên", "32 người"),
                    ("Doanh thu năm 2024", "khoảng 18 tỷ đồng"),
                ],
            ),
            (
                "paragraph",
                "Nhân Ngày Doanh nhân Việt Nam 13/10/2025, chị Hiền được UBND tỉnh biểu dương là "
                "doanh nhân tiêu biểu. Chị vẫn ưu tiên tuyển lao động là người địa phương, phụ nữ "
                "và người thuộc hộ nghèo, hộ cận nghèo.",
            ),
        ],
        "photo_alt": (
            "Chị Lý Thị Thu Hiền giới thiệu các sản phẩm tinh dầu hồi, hoa hồi sấy trong phòng "
            "trưng bày của công ty"
        ),
        "award_holder": "",
    },
    {
        "title": "Bác sĩ Hoàng Thị Diệp: mười bảy năm ở trạm y tế xã",
        "slug": "bac-si-hoang-thi-diep-muoi-bay-nam-o-tram-y-te-xa",
        "kind": "person",
        "name": "Hoàng Thị Diệp",
        "group": "Y – bác sĩ",
        "locality": "xã Tràng Định",
        "commune_detail": "Trạm Y tế xã Tràng Định",
        "ethnicity": "Tày",
        "show_ethnicity": False,
        "movement": 1,
        "date": "2026-02-27",
        "featured": False,
        "summary": (
            "Mười bảy năm gắn bó với trạm y tế xã, bác sĩ Hoàng Thị Diệp đưa khám lưu động đến "
            "từng thôn và vận động để mọi sản phụ sinh con tại cơ sở y tế. Năm 2025, trạm do chị "
            "phụ trách khám sàng lọc bệnh không lây nhiễm cho hơn 1.800 người cao tuổi."
        ),
        "story": [
            (
                "paragraph",
                "Chiếc xe máy cũ của bác sĩ Hoàng Thị Diệp có thùng đồ buộc phía sau: máy đo huyết "
                "áp, máy thử đường huyết, ống nghe, cân trẻ em. Mỗi tháng, chị đi hết các thôn "
                "trong xã, có thôn phải lội qua suối mới tới nơi.",
            ),
            ("heading", "Từ nữ hộ sinh đến trạm trưởng"),
            (
                "paragraph",
                "Chị về trạm y tế xã năm 2009 với tấm bằng nữ hộ sinh trung cấp, vừa làm vừa học "
                "liên thông lên bác sĩ đa khoa. Những năm đầu, nhiều sản phụ vẫn sinh con ở nhà; "
                "chị cùng cô đỡ thôn bản đến từng gia đình vận động, theo dõi thai kỳ và đón sản "
                "phụ về trạm khi chuyển dạ.",
            ),
            (
                "paragraph",
                "Từ năm 2020, tất cả sản phụ trong xã đều sinh con tại cơ sở y tế. Khi làm trạm "
                "trưởng, chị đề xuất lịch khám lưu động định kỳ cho người cao tuổi, lập danh sách "
                "người bệnh tăng huyết áp, đái tháo đường theo từng thôn để nhân viên y tế thôn "
                "bản nhắc uống thuốc, tái khám.",
            ),
            (
                "quote",
                "Người dân vùng cao ngại đi khám lắm, nên mình phải đi trước một bước.",
                "Bác sĩ Hoàng Thị Diệp",
            ),
            (
                "facts",
                [
                    ("Năm công tác tại trạm y tế xã", "17 năm"),
                    ("Người cao tuổi được khám sàng lọc năm 2025", "hơn 1.800 người"),
                    ("Sản phụ sinh con tại cơ sở y tế", "100%"),
                    ("Buổi khám lưu động tại thôn năm 2025", "46 buổi"),
                ],
            ),
            (
                "paragraph",
                "Nhân kỷ niệm 71 năm Ngày Thầy thuốc Việt Nam (27/2/1955 – 27/2/2026), bác sĩ "
                "Hoàng Thị Diệp được Sở Y tế biểu dương là thầy thuốc tiêu biểu tuyến cơ sở. Năm "
                "2026, trạm đăng ký thi đua đưa tỷ lệ người dân có hồ sơ sức khỏe điện tử lên trên "
                "95%.",
            ),
        ],
        "photo_alt": "Bác sĩ Hoàng Thị Diệp đo huyết áp cho một cụ bà tại nhà văn hóa thôn",
        "award_holder": "",
    },
    {
        "title": "Ông Hứa Văn Chiến làm giàu từ vườn quýt và du lịch trải nghiệm",
        "slug": "ong-hua-van-chien-vuon-quyt-du-lich-trai-nghiem",
        "kind": "person",
        "name": "Hứa Văn Chiến",
        "group": "Nông dân",
        "locality": "xã Bắc Sơn",
        "commune_detail": "thôn Nà Lay",
        "ethnicity": "Tày",
        "show_ethnicity": True,
        "movement": 0,
        "date": "2025-12-10",
        "featured": False,
        "summary": (
            "Từ vài trăm gốc quýt trồng theo lối cũ, ông Hứa Văn Chiến, người Tày ở thôn Nà Lay, "
            "đã gây dựng 6 ha quýt đạt chứng nhận VietGAP và mở dịch vụ đón khách trải nghiệm "
            "vườn. Ông hướng dẫn kỹ thuật cho 27 hộ trong thôn và được công nhận nông dân sản "
            "xuất, kinh doanh giỏi cấp tỉnh."
        ),
        "story": [
            (
                "paragraph",
                "Tháng Mười hai, những đồi quýt ở thôn Nà Lay vàng rực. Khách từ Hà Nội, Thái "
                "Nguyên theo những con đường bê tông nhỏ lên vườn nhà ông Hứa Văn Chiến, tự tay "
                "hái quýt, ăn cơm lam, xôi ngũ sắc rồi nghỉ lại nhà sàn.",
            ),
            ("heading", "Học làm quýt “sạch”"),
            (
                "paragraph",
                "Năm 2015, sau một vụ quýt sâu bệnh, mất mùa, ông Chiến theo lớp tập huấn của Hội "
                "Nông dân về sản xuất theo tiêu chuẩn VietGAP. Ông thay giống, cải tạo đất, ghi "
                "nhật ký sản xuất, giảm phân bón hóa học; năm 2021, 6 ha quýt của gia đình được "
                "cấp chứng nhận VietGAP, giá bán cao hơn trước khoảng 30%.",
            ),
            (
                "paragraph",
                "Thấy khách đến vườn ngày càng đông, ông sửa lại nhà sàn, làm thêm khu vệ sinh, "
                "sân chơi, cùng con trai quảng bá vườn quýt trên mạng xã hội. Mùa quýt năm 2025, "
                "gia đình đón khoảng 3.200 lượt khách.",
            ),
            (
                "quote",
                "Làm nông bây giờ không chỉ bán quả, mà bán cả cái đẹp của bản làng mình.",
                "Ông Hứa Văn Chiến",
            ),
            (
                "facts",
                [
                    ("Diện tích quýt đạt chứng nhận VietGAP", "6 ha"),
                    ("Sản lượng quýt vụ 2025", "khoảng 45 tấn"),
                    ("Lượt khách trải nghiệm vườn năm 2025", "khoảng 3.200 lượt"),
                    ("Hộ được hướng dẫn kỹ thuật", "27 hộ"),
                ],
            ),
            (
                "paragraph",
                "Là Chi hội trưởng Chi hội Nông dân thôn, ông Chiến thường xuyên hướng dẫn kỹ "
                "thuật cho bà con và cho các hộ khó khăn mượn giống không lấy lãi. Năm 2025, ông "
                "được Hội Nông dân tỉnh công nhận danh hiệu nông dân sản xuất, kinh doanh giỏi cấp "
                "tỉnh.",
            ),
        ],
        "photo_alt": (
            "Ông Hứa Văn Chiến kiểm tra những chùm quýt chín vàng trong vườn nhà ở thôn Nà Lay"
        ),
        "award_holder": "",
    },
]
