import pytest

from app.domain.rooms import RoomAddress, parse_room, try_parse_room
from app.errors import ValidationError

SAME_ROOM = [
    "3-2-201",
    "3号2单元201",
    "3栋2单元201室",
    "3号楼2单元201室",
    "3幢2单元201",
    "3#2-201",
    "3# 2-201",
    "3栋-2单元-201",
    "３－２－２０１",
    "３号楼２单元２０１室",
    " 3 - 2 - 201 ",
    "3—2—201",
    "03-02-0201",
]


@pytest.mark.parametrize("raw", SAME_ROOM)
def test_spellings_of_one_room_share_a_key(raw):
    room = parse_room(raw)
    assert room == RoomAddress("3", "2", "201")
    assert room.key == "3-2-201"


@pytest.mark.parametrize(
    ("raw", "room", "key"),
    [
        ("3-201", RoomAddress("3", "", "201"), "3-201"),
        ("3号楼201室", RoomAddress("3", "", "201"), "3-201"),
        ("3栋201", RoomAddress("3", "", "201"), "3-201"),
        ("03-0201", RoomAddress("3", "", "201"), "3-201"),
        ("A3-1-1502", RoomAddress("A3", "1", "1502"), "A3-1-1502"),
        ("a03-1-1502", RoomAddress("A3", "1", "1502"), "A3-1-1502"),
        ("A3栋1单元1502室", RoomAddress("A3", "1", "1502"), "A3-1-1502"),
        ("12-3-1001", RoomAddress("12", "3", "1001"), "12-3-1001"),
        ("B座2单元B1201", RoomAddress("B", "2", "B1201"), "B-2-B1201"),
        ("10-1-1005", RoomAddress("10", "1", "1005"), "10-1-1005"),
    ],
)
def test_other_rooms(raw, room, key):
    assert parse_room(raw) == room
    assert room.key == key


@pytest.mark.parametrize(
    "raw",
    ["", "  ", "201", "3号2单元", "3-2-201-5", "3楼201", "3-2-", "三号楼201", "3-2-20!"],
)
def test_unreadable_rooms(raw):
    with pytest.raises(ValidationError) as info:
        parse_room(raw)
    assert info.value.field == "room"
    assert "3-2-201" in info.value.render()
    assert try_parse_room(raw) is None


def test_try_parse_room_while_typing():
    typed = "3-2-201"
    results = [try_parse_room(typed[: i + 1]) for i in range(len(typed))]
    assert results[0] is None and results[1] is None
    assert results[-1] == RoomAddress("3", "2", "201")
