from helpers import paths, troops


def test_guard_table_is_parsed_from_the_article():
    table = troops.guard_table()
    assert table.to_dict("records") == [
        {"state": "Texas", "troops": 1145},
        {"state": "New Mexico", "troops": 115},
        {"state": "Arizona", "troops": 580},
        {"state": "California", "troops": 360},
    ]
    assert table["troops"].sum() == troops.stated_total() == 2200
    assert troops.guard_sentence().startswith("There are 2,200 national guard troops")


def test_guard_table_follows_a_changed_article(tmp_path, monkeypatch):
    altered = tmp_path / "article.txt"
    altered.write_text(
        paths.ARTICLE.read_text(encoding="utf-8").replace("115 in New Mexico", "1,215 in New Mexico"), encoding="utf-8"
    )
    monkeypatch.setattr(paths, "ARTICLE", altered)
    table = troops.guard_table().set_index("state")["troops"]
    assert table["New Mexico"] == 1215 and table.sum() == 3300 and troops.stated_total() == 2200
