"""Language detection on article bodies."""

from __future__ import annotations

import pytest

from transforms.language import FALLBACK_LANGUAGE, detect_language, is_clearly_english


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The World Internet Conference will devote itself to creating a new pattern of "
         "international cooperation in cyberspace, the secretary-general said.", "en"),
        ("Le gouvernement français a présenté vendredi un plan de soutien aux agriculteurs "
         "touchés par la sécheresse.", "fr"),
        ("El número de turistas internacionales que visitaron España en enero alcanzó los "
         "5,1 millones.", "es"),
        ("Die Bundesregierung hat am Mittwoch ein neues Klimaschutzprogramm beschlossen, "
         "teilte das Ministerium mit.", "de"),
        ("O governo brasileiro anunciou nesta segunda-feira um novo plano de investimentos "
         "em infraestrutura.", "pt"),
        ("Правительство России в среду утвердило новую программу развития транспорта.", "ru"),
        ("世界互联网大会将致力于构建网络空间国际合作新格局，秘书长在接受专访时表示。", "zh"),
    ],
)  # fmt: skip
def test_wire_languages(text: str, code: str) -> None:
    assert detect_language(text) == code


@pytest.mark.parametrize("text", ["", "   ", "OK.", "12 34 56 78", "■"])
def test_too_short_falls_back(text: str) -> None:
    assert detect_language(text) == FALLBACK_LANGUAGE


def test_english_shortcut_takes_only_clear_english() -> None:
    english = (
        "The WIC will continue to turn the vision of building a peaceful, safe and open "
        "cyberspace into reality, Ren said in the interview during the summit in Wuzhen."
    )
    assert is_clearly_english(english)
    for foreign in (
        "Le ministre a déclaré que le plan de soutien aux agriculteurs était prêt.",
        "El Gobierno de España aprobó el martes un plan para los agricultores del sur.",
        "Die Regierung hat am Mittwoch das neue Gesetz für den Klimaschutz beschlossen.",
        "Il governo ha approvato il piano per la ripresa della produzione industriale.",
        "O governo anunciou um plano de investimentos em infraestrutura para o país.",
        "The Premier League : le club a confirmé la signature du joueur pour la saison.",
    ):
        assert not is_clearly_english(foreign), foreign
