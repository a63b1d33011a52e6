#!/usr/bin/env python3
"""Generates a residents CSV for the bulk import (ImportResidents).

Usage: bench/gen-residents.py N OUT.csv [--invalid-share 0.01] [--seed 42]

Rows carry valid GB 11643 ID numbers (unique across the file) of Hunan counties, a birth date and sex that agree
with the number, Chinese names, mainland mobile numbers and addresses; home_region is the county code. With
--invalid-share, that share of rows is broken in one field (check character, lower-case x, impossible date,
unknown region, bad phone, bad sex) for testing the rejects file. The data is synthetic: no real person.
Python 3 standard library only.
"""
import argparse
import datetime
import random

WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CHECK = "10X98765432"

COUNTIES = {
    "430102": ("长沙市", "芙蓉区"), "430103": ("长沙市", "天心区"), "430104": ("长沙市", "岳麓区"),
    "430105": ("长沙市", "开福区"), "430111": ("长沙市", "雨花区"), "430112": ("长沙市", "望城区"),
    "430121": ("长沙市", "长沙县"), "430181": ("长沙市", "浏阳市"), "430202": ("株洲市", "荷塘区"),
    "430203": ("株洲市", "芦淞区"), "430204": ("株洲市", "石峰区"), "430211": ("株洲市", "天元区"),
    "430281": ("株洲市", "醴陵市"), "430302": ("湘潭市", "雨湖区"), "430304": ("湘潭市", "岳塘区"),
    "430321": ("湘潭市", "湘潭县"), "430382": ("湘潭市", "韶山市"),
}
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉兰萍红建华文辉力明永健世广志义兴良海山仁波宁贵福生龙元全国胜学祥才发武新利清飞彬富顺信子杰涛昌成康星光天达安岩中茂进林有坚和彪博诚先敬震振壮会思群豪心邦承乐绍功松善厚庆磊民友裕河哲江超浩亮政谦亨奇固之轮翰朗伯宏言若鸣朋斌梁栋维启克伦翔旭鹏泽晨辰士以建家致树炎德行时泰盛雄琛钧冠策腾楠榕风航弘"
COMPOUND_SURNAMES = ["欧阳", "司马", "上官", "诸葛"]
ROADS = ["五一大道", "芙蓉中路", "韶山北路", "人民东路", "湘江中路", "建设中路", "车站北路", "解放西路", "劳动西路", "雨花路",
         "新华路", "长江路", "黄河路", "天元大道", "建设南路", "韶山路", "河东大道", "书院路", "枫林路", "麓山南路"]
BUILDINGS = ["小区", "花园", "新村", "公寓", "家园"]
PREFIXES = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "155", "156", "157",
            "158", "159", "166", "173", "175", "176", "177", "180", "181", "182", "183", "185", "186", "187", "188",
            "189", "191", "198", "199"]
HEADER = "name,sex,nationality,birth_date,document_type,document_number,phone,address,home_region"


def check_char(first17):
    return CHECK[sum(int(c) * w for c, w in zip(first17, WEIGHTS)) % 11]


def name(rnd):
    surname = rnd.choice(COMPOUND_SURNAMES) if rnd.random() < 0.01 else rnd.choice(SURNAMES)
    return surname + "".join(rnd.choice(GIVEN) for _ in range(rnd.choice((1, 2, 2))))


def nationality(rnd):
    r = rnd.random()
    if r < 0.90:
        return "01"
    if r < 0.96:
        return "09"  # 土家族, common in western Hunan
    return "%02d" % rnd.randint(2, 56)


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("n", type=int)
    p.add_argument("out")
    p.add_argument("--invalid-share", type=float, default=0.0, help="share of rows broken on purpose (0..1)")
    p.add_argument("--seed", type=int, default=42)
    a = p.parse_args()
    rnd = random.Random(a.seed)
    counties = sorted(COUNTIES)
    start = datetime.date(1930, 1, 1).toordinal()
    end = datetime.date(2023, 12, 31).toordinal()
    seen = set()
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        f.write(HEADER + "\n")
        rows = 0
        while rows < a.n:
            county = rnd.choice(counties)
            born = datetime.date.fromordinal(rnd.randint(start, end))
            seq = rnd.randint(1, 999)
            first17 = "%s%s%03d" % (county, born.strftime("%Y%m%d"), seq)
            if first17 in seen:
                continue
            seen.add(first17)
            number = first17 + check_char(first17)
            sex = "1" if seq % 2 == 1 else "2"
            phone = rnd.choice(PREFIXES) + "%08d" % rnd.randint(0, 99999999)
            city, district = COUNTIES[county]
            address = "湖南省%s%s%s%d号%s%d栋%d室" % (
                city, district, rnd.choice(ROADS), rnd.randint(1, 999), rnd.choice(BUILDINGS),
                rnd.randint(1, 40), rnd.randint(101, 3208))
            row = [name(rnd), sex, nationality(rnd), born.isoformat(), "01", number, phone, address, county]
            if a.invalid_share > 0 and rnd.random() < a.invalid_share:
                kind = rnd.randrange(6)
                if kind == 0:  # wrong check character
                    row[5] = first17 + CHECK[(CHECK.index(number[17]) + 1) % 11]
                elif kind == 1:  # lower-case x (only meaningful when the check is X; else wrong check)
                    row[5] = first17 + "x"
                elif kind == 2:  # impossible birth date column
                    row[3] = "%04d-02-30" % born.year
                elif kind == 3:  # unknown region
                    row[8] = "439999"
                elif kind == 4:  # bad phone
                    row[6] = "1234567"
                else:  # sex not agreeing with the number
                    row[1] = "2" if sex == "1" else "1"
            f.write(",".join(row) + "\n")
            rows += 1


if __name__ == "__main__":
    main()
