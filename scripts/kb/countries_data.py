# ruff: noqa: E501
"""Hand-written facts the country generator adds to what babel (CLDR) and pycountry hold.

Each line of DEMONYMS: ``ALPHA3|Dutch adjective|Dutch demonyms|English adjective|English
demonyms``; lists inside a field are separated by ``,``. The inflected Dutch adjective
("Amerikaanse") is derived by ``inflect_nl`` in the generator; exceptions go in
INFLECTED_OVERRIDES. WIKIDATA maps alpha-3 to the Wikidata id of the country item.
"""

WIKIDATA = """
AFG Q889 ALA Q5689 ALB Q222 DZA Q262 ASM Q16641 AND Q228 AGO Q916 AIA Q25228 ATA Q51
ATG Q781 ARG Q414 ARM Q399 ABW Q21203 AUS Q408 AUT Q40 AZE Q227 BHS Q778 BHR Q398
BGD Q902 BRB Q244 BLR Q184 BEL Q31 BLZ Q242 BEN Q962 BMU Q23635 BTN Q917 BOL Q750
BES Q27561 BIH Q225 BWA Q963 BVT Q23408 BRA Q155 IOT Q43448 VGB Q25305 BRN Q921
BGR Q219 BFA Q965 BDI Q967 KHM Q424 CMR Q1009 CAN Q16 CPV Q1011 CYM Q5785 CAF Q929
TCD Q657 CHL Q298 CHN Q148 CXR Q31063 CCK Q36004 COL Q739 COM Q970 COG Q971 COK Q26988
CRI Q800 CIV Q1008 HRV Q224 CUB Q241 CUW Q25279 CYP Q229 CZE Q213 COD Q974 DNK Q35
DJI Q977 DMA Q784 DOM Q786 ECU Q736 EGY Q79 SLV Q792 GNQ Q983 ERI Q986 EST Q191
SWZ Q1050 ETH Q115 FRO Q4628 FLK Q9648 FJI Q712 FIN Q33 FRA Q142 GUF Q3769 PYF Q30971
ATF Q129003 GAB Q1000 GMB Q1005 GEO Q230 DEU Q183 GHA Q117 GIB Q1410 GRC Q41 GRL Q223
GRD Q769 GLP Q17012 GUM Q16635 GTM Q774 GGY Q25230 GIN Q1006 GNB Q1007 GUY Q734
HTI Q790 HMD Q131198 HND Q783 HKG Q8646 HUN Q28 ISL Q189 IND Q668 IDN Q252 IRN Q794
IRQ Q796 IRL Q27 IMN Q9676 ISR Q801 ITA Q38 JAM Q766 JPN Q17 JEY Q785 JOR Q810
KAZ Q232 KEN Q114 KIR Q710 KWT Q817 KGZ Q813 LAO Q819 LVA Q211 LBN Q822 LSO Q1013
LBR Q1014 LBY Q1016 LIE Q347 LTU Q37 LUX Q32 MAC Q14773 MDG Q1019 MWI Q1020 MYS Q833
MDV Q826 MLI Q912 MLT Q233 MHL Q709 MTQ Q17054 MRT Q1025 MUS Q1027 MYT Q17063 MEX Q96
FSM Q702 MDA Q217 MCO Q235 MNG Q711 MNE Q236 MSR Q13353 MAR Q1028 MOZ Q1029 MMR Q836
NAM Q1030 NRU Q697 NPL Q837 NLD Q55 NCL Q33788 NZL Q664 NIC Q811 NER Q1032 NGA Q1033
NIU Q34020 NFK Q31057 PRK Q423 MKD Q221 MNP Q16644 NOR Q20 OMN Q842 PAK Q843 PLW Q695
PSE Q219060 PAN Q804 PNG Q691 PRY Q733 PER Q419 PHL Q928 PCN Q35672 POL Q36 PRT Q45
PRI Q1183 QAT Q846 REU Q17070 ROU Q218 RUS Q159 RWA Q1037 BLM Q25362 SHN Q192184
KNA Q763 LCA Q760 MAF Q126125 SPM Q34617 VCT Q757 WSM Q683 SMR Q238 STP Q1039 SAU Q851
SEN Q1041 SRB Q403 SYC Q1042 SLE Q1044 SGP Q334 SXM Q26273 SVK Q214 SVN Q215 SLB Q685
SOM Q1045 ZAF Q258 SGS Q35086 KOR Q884 SSD Q958 ESP Q29 LKA Q854 SDN Q1049 SUR Q730
SJM Q842829 SWE Q34 CHE Q39 SYR Q858 TWN Q865 TJK Q863 TZA Q924 THA Q869 TLS Q574
TGO Q945 TKL Q36823 TON Q678 TTO Q754 TUN Q948 TUR Q43 TKM Q874 TCA Q18221 TUV Q672
UGA Q1036 UKR Q212 ARE Q878 GBR Q145 USA Q30 UMI Q16645 VIR Q11703 URY Q77 UZB Q265
VUT Q686 VAT Q237 VEN Q717 VNM Q881 WLF Q35555 ESH Q6250 YEM Q805 ZMB Q953 ZWE Q954
XKX Q1246
"""

DEMONYMS = """
AFG|Afghaans|Afghaan,Afghanen|Afghan|Afghan,Afghans
ALB|Albanees|Albanees,Albanezen|Albanian|Albanian,Albanians
DZA|Algerijns|Algerijn,Algerijnen|Algerian|Algerian,Algerians
AND|Andorrees|Andorrees,Andorrezen|Andorran|Andorran,Andorrans
AGO|Angolees|Angolees,Angolezen|Angolan|Angolan,Angolans
ATG|Antiguaans|Antiguaan,Antiguanen|Antiguan|Antiguan,Antiguans
ARG|Argentijns|Argentijn,Argentijnen|Argentine,Argentinian|Argentine,Argentines,Argentinians
ARM|Armeens|Armeniër,Armeniërs|Armenian|Armenian,Armenians
AUS|Australisch|Australiër,Australiërs|Australian|Australian,Australians
AUT|Oostenrijks|Oostenrijker,Oostenrijkers|Austrian|Austrian,Austrians
AZE|Azerbeidzjaans|Azerbeidzjaan,Azerbeidzjanen|Azerbaijani|Azerbaijani,Azerbaijanis
BHS|Bahamaans|Bahamaan,Bahamanen|Bahamian|Bahamian,Bahamians
BHR|Bahreins|Bahreiner,Bahreiners|Bahraini|Bahraini,Bahrainis
BGD|Bengaals|Bengalees,Bengalezen,Bangladeshi|Bangladeshi|Bangladeshi,Bangladeshis
BRB|Barbadiaans|Barbadiaan,Barbadianen|Barbadian|Barbadian,Barbadians
BLR|Belarussisch,Wit-Russisch|Belarus,Belarussen,Wit-Rus,Wit-Russen|Belarusian|Belarusian,Belarusians
BEL|Belgisch|Belg,Belgen|Belgian|Belgian,Belgians
BLZ|Belizaans|Belizaan,Belizanen|Belizean|Belizean,Belizeans
BEN|Beninees|Beninees,Beninezen|Beninese|Beninese
BTN|Bhutaans|Bhutaan,Bhutanen|Bhutanese|Bhutanese
BOL|Boliviaans|Boliviaan,Bolivianen|Bolivian|Bolivian,Bolivians
BIH|Bosnisch|Bosniër,Bosniërs|Bosnian|Bosnian,Bosnians
BWA|Botswaans|Botswaan,Botswanen|Botswanan|Motswana,Batswana
BRA|Braziliaans|Braziliaan,Brazilianen|Brazilian|Brazilian,Brazilians
BRN|Bruneis|Bruneier,Bruneiers|Bruneian|Bruneian,Bruneians
BGR|Bulgaars|Bulgaar,Bulgaren|Bulgarian|Bulgarian,Bulgarians
BFA|Burkinees|Burkinees,Burkinezen|Burkinabe|Burkinabe
BDI|Burundees|Burundees,Burundezen|Burundian|Burundian,Burundians
KHM|Cambodjaans|Cambodjaan,Cambodjanen|Cambodian|Cambodian,Cambodians
CMR|Kameroens|Kameroener,Kameroeners|Cameroonian|Cameroonian,Cameroonians
CAN|Canadees|Canadees,Canadezen|Canadian|Canadian,Canadians
CPV|Kaapverdisch|Kaapverdiaan,Kaapverdianen|Cape Verdean|Cape Verdean,Cape Verdeans
CAF|Centraal-Afrikaans|Centraal-Afrikaan,Centraal-Afrikanen|Central African|Central African,Central Africans
TCD|Tsjadisch|Tsjadiër,Tsjadiërs|Chadian|Chadian,Chadians
CHL|Chileens|Chileen,Chilenen|Chilean|Chilean,Chileans
CHN|Chinees|Chinees,Chinezen|Chinese|Chinese
COL|Colombiaans|Colombiaan,Colombianen|Colombian|Colombian,Colombians
COM|Comorees|Comorees,Comorezen|Comorian|Comorian,Comorians
COG|Congolees|Congolees,Congolezen|Congolese|Congolese
CRI|Costa Ricaans|Costa Ricaan,Costa Ricanen|Costa Rican|Costa Rican,Costa Ricans
CIV|Ivoriaans|Ivoriaan,Ivorianen|Ivorian|Ivorian,Ivorians
HRV|Kroatisch|Kroaat,Kroaten|Croatian|Croat,Croats,Croatians
CUB|Cubaans|Cubaan,Cubanen|Cuban|Cuban,Cubans
CYP|Cypriotisch|Cyprioot,Cyprioten|Cypriot|Cypriot,Cypriots
CZE|Tsjechisch|Tsjech,Tsjechen|Czech|Czech,Czechs
COD|Congolees|Congolees,Congolezen|Congolese|Congolese
DNK|Deens|Deen,Denen|Danish|Dane,Danes
DJI|Djiboutiaans|Djiboutiaan,Djiboutianen|Djiboutian|Djiboutian,Djiboutians
DMA|Dominicaans|Dominicaan,Dominicanen|Dominican|Dominican,Dominicans
DOM|Dominicaans|Dominicaan,Dominicanen|Dominican|Dominican,Dominicans
ECU|Ecuadoraans|Ecuadoraan,Ecuadoranen|Ecuadorian|Ecuadorian,Ecuadorians
EGY|Egyptisch|Egyptenaar,Egyptenaren|Egyptian|Egyptian,Egyptians
SLV|Salvadoraans|Salvadoraan,Salvadoranen|Salvadoran|Salvadoran,Salvadorans
GNQ|Equatoriaal-Guinees|Equatoriaal-Guinees,Equatoriaal-Guineeërs|Equatorial Guinean|Equatorial Guinean,Equatorial Guineans
ERI|Eritrees|Eritreeër,Eritreeërs|Eritrean|Eritrean,Eritreans
EST|Estisch|Est,Esten|Estonian|Estonian,Estonians
SWZ|Swazisch|Swazi,Swazi's|Swazi|Swazi,Swazis
ETH|Ethiopisch|Ethiopiër,Ethiopiërs|Ethiopian|Ethiopian,Ethiopians
FJI|Fijisch|Fijiër,Fijiërs|Fijian|Fijian,Fijians
FIN|Fins|Fin,Finnen|Finnish|Finn,Finns
FRA|Frans|Fransman,Fransen,Française|French|Frenchman,Frenchwoman,French
GAB|Gabonees|Gabonees,Gabonezen|Gabonese|Gabonese
GMB|Gambiaans|Gambiaan,Gambianen|Gambian|Gambian,Gambians
GEO|Georgisch|Georgiër,Georgiërs|Georgian|Georgian,Georgians
DEU|Duits|Duitser,Duitsers|German|German,Germans
GHA|Ghanees|Ghanees,Ghanezen|Ghanaian|Ghanaian,Ghanaians
GRC|Grieks|Griek,Grieken|Greek|Greek,Greeks
GRD|Grenadiaans|Grenadiaan,Grenadianen|Grenadian|Grenadian,Grenadians
GTM|Guatemalteeks|Guatemalteek,Guatemalteken|Guatemalan|Guatemalan,Guatemalans
GIN|Guinees|Guineeër,Guineeërs|Guinean|Guinean,Guineans
GNB|Guinee-Bissaus|Guinee-Bissauer,Guinee-Bissauers|Bissau-Guinean|Bissau-Guinean,Bissau-Guineans
GUY|Guyaans|Guyaan,Guyanen|Guyanese|Guyanese
HTI|Haïtiaans|Haïtiaan,Haïtianen|Haitian|Haitian,Haitians
HND|Hondurees|Hondurees,Hondurezen|Honduran|Honduran,Hondurans
HUN|Hongaars|Hongaar,Hongaren|Hungarian|Hungarian,Hungarians
ISL|IJslands|IJslander,IJslanders|Icelandic|Icelander,Icelanders
IND|Indiaas|Indiër,Indiërs|Indian|Indian,Indians
IDN|Indonesisch|Indonesiër,Indonesiërs|Indonesian|Indonesian,Indonesians
IRN|Iraans|Iraniër,Iraniërs|Iranian|Iranian,Iranians
IRQ|Iraaks|Irakees,Irakezen|Iraqi|Iraqi,Iraqis
IRL|Iers|Ier,Ieren|Irish|Irishman,Irishwoman,Irish
ISR|Israëlisch|Israëliër,Israëliërs|Israeli|Israeli,Israelis
ITA|Italiaans|Italiaan,Italianen|Italian|Italian,Italians
JAM|Jamaicaans|Jamaicaan,Jamaicanen|Jamaican|Jamaican,Jamaicans
JPN|Japans|Japanner,Japanners|Japanese|Japanese
JOR|Jordaans|Jordaniër,Jordaniërs|Jordanian|Jordanian,Jordanians
KAZ|Kazachs|Kazach,Kazachen|Kazakh|Kazakh,Kazakhs
KEN|Keniaans|Keniaan,Kenianen|Kenyan|Kenyan,Kenyans
KIR|Kiribatisch|Kiribatiër,Kiribatiërs|I-Kiribati|I-Kiribati
PRK|Noord-Koreaans|Noord-Koreaan,Noord-Koreanen|North Korean|North Korean,North Koreans
KOR|Zuid-Koreaans|Zuid-Koreaan,Zuid-Koreanen|South Korean|South Korean,South Koreans
KWT|Koeweits|Koeweiter,Koeweiters|Kuwaiti|Kuwaiti,Kuwaitis
KGZ|Kirgizisch|Kirgies,Kirgiezen|Kyrgyz|Kyrgyz
LAO|Laotiaans|Laotiaan,Laotianen|Laotian|Laotian,Laotians
LVA|Lets|Let,Letten|Latvian|Latvian,Latvians
LBN|Libanees|Libanees,Libanezen|Lebanese|Lebanese
LSO|Lesothaans|Mosotho,Basotho|Basotho|Mosotho,Basotho
LBR|Liberiaans|Liberiaan,Liberianen|Liberian|Liberian,Liberians
LBY|Libisch|Libiër,Libiërs|Libyan|Libyan,Libyans
LIE|Liechtensteins|Liechtensteiner,Liechtensteiners|Liechtenstein|Liechtensteiner,Liechtensteiners
LTU|Litouws|Litouwer,Litouwers|Lithuanian|Lithuanian,Lithuanians
LUX|Luxemburgs|Luxemburger,Luxemburgers|Luxembourgish|Luxembourger,Luxembourgers
MDG|Malagassisch|Malagassiër,Malagassiërs|Malagasy|Malagasy
MWI|Malawisch|Malawiër,Malawiërs|Malawian|Malawian,Malawians
MYS|Maleisisch|Maleisiër,Maleisiërs|Malaysian|Malaysian,Malaysians
MDV|Maldivisch|Maldiviër,Maldiviërs|Maldivian|Maldivian,Maldivians
MLI|Malinees|Malinees,Malinezen|Malian|Malian,Malians
MLT|Maltees|Maltees,Maltezen|Maltese|Maltese
MHL|Marshallees|Marshallees,Marshallezen|Marshallese|Marshallese
MRT|Mauritaans|Mauritaniër,Mauritaniërs|Mauritanian|Mauritanian,Mauritanians
MUS|Mauritiaans|Mauritiaan,Mauritianen|Mauritian|Mauritian,Mauritians
MEX|Mexicaans|Mexicaan,Mexicanen|Mexican|Mexican,Mexicans
FSM|Micronesisch|Micronesiër,Micronesiërs|Micronesian|Micronesian,Micronesians
MDA|Moldavisch|Moldaviër,Moldaviërs|Moldovan|Moldovan,Moldovans
MCO|Monegaskisch|Monegask,Monegasken|Monegasque|Monegasque,Monegasques
MNG|Mongools|Mongool,Mongolen|Mongolian|Mongolian,Mongolians
MNE|Montenegrijns|Montenegrijn,Montenegrijnen|Montenegrin|Montenegrin,Montenegrins
MAR|Marokkaans|Marokkaan,Marokkanen|Moroccan|Moroccan,Moroccans
MOZ|Mozambikaans|Mozambikaan,Mozambikanen|Mozambican|Mozambican,Mozambicans
MMR|Myanmarees,Birmees|Myanmarees,Myanmarezen,Birmees,Birmezen|Burmese,Myanmar|Burmese
NAM|Namibisch|Namibiër,Namibiërs|Namibian|Namibian,Namibians
NRU|Nauruaans|Nauruaan,Nauruanen|Nauruan|Nauruan,Nauruans
NPL|Nepalees|Nepalees,Nepalezen|Nepalese,Nepali|Nepalese,Nepali,Nepalis
NLD|Nederlands|Nederlander,Nederlanders|Dutch|Dutchman,Dutchwoman,Dutch
NZL|Nieuw-Zeelands|Nieuw-Zeelander,Nieuw-Zeelanders|New Zealand|New Zealander,New Zealanders
NIC|Nicaraguaans|Nicaraguaan,Nicaraguanen|Nicaraguan|Nicaraguan,Nicaraguans
NER|Nigerees|Nigerees,Nigerezen|Nigerien|Nigerien,Nigeriens
NGA|Nigeriaans|Nigeriaan,Nigerianen|Nigerian|Nigerian,Nigerians
MKD|Noord-Macedonisch,Macedonisch|Noord-Macedoniër,Noord-Macedoniërs,Macedoniër,Macedoniërs|North Macedonian,Macedonian|North Macedonian,North Macedonians,Macedonians
NOR|Noors|Noor,Noren|Norwegian|Norwegian,Norwegians
OMN|Omaans|Omaniet,Omanieten|Omani|Omani,Omanis
PAK|Pakistaans|Pakistaan,Pakistanen|Pakistani|Pakistani,Pakistanis
PLW|Palaus|Palauer,Palauers|Palauan|Palauan,Palauans
PAN|Panamees|Panamees,Panamezen|Panamanian|Panamanian,Panamanians
PNG|Papoea-Nieuw-Guinees|Papoea-Nieuw-Guineeër,Papoea-Nieuw-Guineeërs|Papua New Guinean|Papua New Guinean,Papua New Guineans
PRY|Paraguayaans|Paraguayaan,Paraguayanen|Paraguayan|Paraguayan,Paraguayans
PER|Peruaans|Peruaan,Peruanen|Peruvian|Peruvian,Peruvians
PHL|Filipijns|Filipijn,Filipijnen|Philippine,Filipino|Filipino,Filipinos
POL|Pools|Pool,Polen|Polish|Pole,Poles
PRT|Portugees|Portugees,Portugezen|Portuguese|Portuguese
QAT|Qatarees,Katarees|Qatarees,Qatarezen|Qatari|Qatari,Qataris
ROU|Roemeens|Roemeen,Roemenen|Romanian|Romanian,Romanians
RUS|Russisch|Rus,Russen|Russian|Russian,Russians
RWA|Rwandees|Rwandees,Rwandezen|Rwandan|Rwandan,Rwandans
KNA|Kittitiaans|Kittitiaan,Kittitianen|Kittitian|Kittitian,Kittitians
LCA|Saint Luciaans|Saint Luciaan,Saint Lucianen|Saint Lucian|Saint Lucian,Saint Lucians
VCT|Vincentiaans|Vincentiaan,Vincentianen|Vincentian|Vincentian,Vincentians
WSM|Samoaans|Samoaan,Samoanen|Samoan|Samoan,Samoans
SMR|San Marinees|San Marinees,San Marinezen|Sammarinese|Sammarinese
STP|Santomees|Santomees,Santomezen|Sao Tomean|Sao Tomean,Sao Tomeans
SAU|Saoedisch,Saoedi-Arabisch|Saoediër,Saoediërs,Saoedi,Saoedi's|Saudi,Saudi Arabian|Saudi,Saudis
SEN|Senegalees|Senegalees,Senegalezen|Senegalese|Senegalese
SRB|Servisch|Serviër,Serviërs,Serven|Serbian|Serb,Serbs,Serbians
SYC|Seychels|Seycheller,Seychellers|Seychellois|Seychellois
SLE|Sierra Leoons|Sierra Leoner,Sierra Leoners|Sierra Leonean|Sierra Leonean,Sierra Leoneans
SGP|Singaporees|Singaporees,Singaporezen|Singaporean|Singaporean,Singaporeans
SVK|Slowaaks|Slowaak,Slowaken|Slovak|Slovak,Slovaks
SVN|Sloveens|Sloveen,Slovenen|Slovenian,Slovene|Slovene,Slovenes,Slovenians
SLB|Salomonees|Salomonees,Salomonezen|Solomon Islands|Solomon Islander,Solomon Islanders
SOM|Somalisch|Somaliër,Somaliërs|Somali|Somali,Somalis
ZAF|Zuid-Afrikaans|Zuid-Afrikaan,Zuid-Afrikanen|South African|South African,South Africans
SSD|Zuid-Soedanees|Zuid-Soedanees,Zuid-Soedanezen|South Sudanese|South Sudanese
ESP|Spaans|Spanjaard,Spanjaarden|Spanish|Spaniard,Spaniards
LKA|Sri Lankaans|Sri Lankaan,Sri Lankanen|Sri Lankan|Sri Lankan,Sri Lankans
SDN|Soedanees|Soedanees,Soedanezen|Sudanese|Sudanese
SUR|Surinaams|Surinamer,Surinamers|Surinamese|Surinamese
SWE|Zweeds|Zweed,Zweden|Swedish|Swede,Swedes
CHE|Zwitsers|Zwitser,Zwitsers|Swiss|Swiss
SYR|Syrisch|Syriër,Syriërs|Syrian|Syrian,Syrians
TJK|Tadzjieks|Tadzjiek,Tadzjieken|Tajik|Tajik,Tajiks
TZA|Tanzaniaans|Tanzaniaan,Tanzanianen|Tanzanian|Tanzanian,Tanzanians
THA|Thais|Thai|Thai|Thai
TLS|Oost-Timorees|Oost-Timorees,Oost-Timorezen|Timorese|Timorese
TGO|Togolees|Togolees,Togolezen|Togolese|Togolese
TON|Tongaans|Tongaan,Tonganen|Tongan|Tongan,Tongans
TTO|Trinidadiaans|Trinidadiaan,Trinidadianen|Trinidadian|Trinidadian,Trinidadians
TUN|Tunesisch|Tunesiër,Tunesiërs|Tunisian|Tunisian,Tunisians
TUR|Turks|Turk,Turken|Turkish|Turk,Turks
TKM|Turkmeens|Turkmeen,Turkmenen|Turkmen|Turkmen
TUV|Tuvaluaans|Tuvaluaan,Tuvaluanen|Tuvaluan|Tuvaluan,Tuvaluans
UGA|Oegandees|Oegandees,Oegandezen|Ugandan|Ugandan,Ugandans
UKR|Oekraïens|Oekraïner,Oekraïners|Ukrainian|Ukrainian,Ukrainians
ARE|Emiraats|Emirati,Emirati's|Emirati|Emirati,Emiratis
GBR|Brits|Brit,Britten|British|Briton,Britons,British
USA|Amerikaans|Amerikaan,Amerikanen|American|American,Americans
URY|Uruguayaans|Uruguayaan,Uruguayanen|Uruguayan|Uruguayan,Uruguayans
UZB|Oezbeeks|Oezbeek,Oezbeken|Uzbek|Uzbek,Uzbeks
VUT|Vanuatuaans|Vanuatuaan,Vanuatuanen|Ni-Vanuatu|Ni-Vanuatu
VEN|Venezolaans|Venezolaan,Venezolanen|Venezuelan|Venezuelan,Venezuelans
VNM|Vietnamees|Vietnamees,Vietnamezen|Vietnamese|Vietnamese
YEM|Jemenitisch|Jemeniet,Jemenieten|Yemeni|Yemeni,Yemenis
ZMB|Zambiaans|Zambiaan,Zambianen|Zambian|Zambian,Zambians
ZWE|Zimbabwaans|Zimbabwaan,Zimbabwanen|Zimbabwean|Zimbabwean,Zimbabweans
XKX|Kosovaars|Kosovaar,Kosovaren|Kosovar,Kosovan|Kosovar,Kosovars
PSE|Palestijns|Palestijn,Palestijnen|Palestinian|Palestinian,Palestinians
TWN|Taiwanees|Taiwanees,Taiwanezen|Taiwanese|Taiwanese
VAT|Vaticaans||Vatican|
ESH|Sahrawi|Sahrawi,Sahrawi's|Sahrawi|Sahrawi,Sahrawis
HKG|Hongkongs|Hongkonger,Hongkongers|Hong Kong|Hongkonger,Hongkongers
GRL|Groenlands|Groenlander,Groenlanders|Greenlandic|Greenlander,Greenlanders
ABW|Arubaans|Arubaan,Arubanen|Aruban|Aruban,Arubans
CUW|Curaçaos|Curaçaoënaar,Curaçaoënaars|Curaçaoan|Curaçaoan,Curaçaoans
SXM|Sint-Maartens|Sint-Maartenaar,Sint-Maartenaars|Sint Maarten|Sint Maartener,Sint Maarteners
PRI|Puerto Ricaans|Puerto Ricaan,Puerto Ricanen|Puerto Rican|Puerto Rican,Puerto Ricans
FRO|Faeröers|Faeröerder,Faeröerders|Faroese|Faroese
MAC|Macaus|Macauer,Macauers|Macanese|Macanese
"""

INFLECTED_OVERRIDES = {
    "Thais": "Thaise",
    "Sahrawi": "Sahrawi",
}

# Common Dutch (and English) alternatives that CLDR does not hold, by alpha-3.
EXTRA_ALIASES = {
    "USA": "VS;de VS;Verenigde Staten van Amerika;Amerika;US;U.S.;USA;the US;United States;"
    "America;the States",
    "GBR": "VK;het VK;Groot-Brittannië;Brittannië;het Verenigd Koninkrijk;UK;the UK;"
    "Great Britain;Britain",
    "NLD": "Holland;Koninkrijk der Nederlanden;The Netherlands;Pays-Bas",
    "RUS": "Russische Federatie;de Russische Federatie;Rusland;Russia;Russian Federation",
    "UKR": "Oekraine;Ukraine;de Oekraïne",
    "CHN": "Volksrepubliek China;de Volksrepubliek;People's Republic of China;VRC",
    "TWN": "Republiek China;Republic of China",
    "KOR": "Republiek Korea;Republic of Korea",
    "PRK": "Democratische Volksrepubliek Korea;DPRK;DVRK",
    "DEU": "Bondsrepubliek Duitsland;BRD;Federal Republic of Germany",
    "BLR": "Wit-Rusland;Belarus",
    "MKD": "Macedonië;Macedonia",
    "CZE": "Tsjechische Republiek;Czech Republic",
    "COD": "DR Congo;Democratische Republiek Congo;DRC;Congo-Kinshasa;Congo",
    "COG": "Republiek Congo;Congo-Brazzaville",
    "ARE": "VAE;Verenigde Arabische Emiraten;UAE;Emiraten",
    "SAU": "Saoedi-Arabië;Saudi-Arabië",
    "CIV": "Ivoorkust;Ivory Coast",
    "MMR": "Birma;Burma",
    "SWZ": "Swaziland",
    "TUR": "Türkiye;Turkije",
    "IRN": "Islamitische Republiek Iran",
    "PSE": "Palestina;Palestijnse gebieden;Palestinian territories",
    "VAT": "Vaticaan;Heilige Stoel;Holy See;Vatican",
    "XKX": "Kosovo",
    "MDA": "Moldavië;Republiek Moldavië",
    "CPV": "Kaapverdië;Cabo Verde",
    "TLS": "Oost-Timor;Timor-Leste;East Timor",
    "BIH": "Bosnië;Bosnia",
}

# ISO names that are not aliases in Dutch news: "Congo" alone is DR Congo there (the
# former Belgian colony), not the Republic of the Congo.
NOT_ALIASES = {
    "COG": "Congo",
}
