"""HTML path rules found on magic-html-style pages (blogs, video pages, card articles)."""

from __future__ import annotations

import newsparse


def test_licence_notice_does_not_draw_the_container_and_a_short_post_is_kept() -> None:
    notice = (
        '<div class="copyright-box">版权声明：本文为博主原创文章，遵循 CC 4.0 BY-SA 版权协议，'
        "转载请附上原文出处链接和本声明。</div>"
    )
    related = "".join(
        f'<li><a href="/a/{i}">另一篇关于湿地生态系统服务价值评估的博客文章，附详细教程和数据 {i}</a></li>'
        for i in range(70)
    )
    html = (
        "<html><head><title>湿地模型的价值评估代做</title></head><body>"
        '<div class="header"><h1>湿地模型的价值评估代做</h1><div>作者 于 2023-03-12 13:08:03 发布</div>'
        f"{notice}</div>"
        '<div class="post"><p>湿地模型的价值评估代做</p><p>联系 某鹅 说明来处</p></div>'
        f'<ul class="recommend">{related}</ul>'
        '<div class="footer-box"><p>说明：</p><p>1.余额是钱包充值的虚拟货币，按照1:1的比例进行支付金额的抵扣。</p></div>'
        "</body></html>"
    )
    article = newsparse.parse(html)
    assert "说明来处" in article.text
    assert "版权声明" not in article.text
    assert "余额" not in article.text
