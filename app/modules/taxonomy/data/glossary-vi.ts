/**
 * A word-level Vietnamese → English glossary of general technical vocabulary (decision 690), for
 * reading a Vietnamese term the lexicon lacks through the English phrases of the lexicon
 * (glossary.ts): "uốn ống" is "bend" + "tube", read as "tube bending".
 *
 * Provenance: written for the portal by hand from general knowledge of technical Vietnamese —
 * the everyday words of the trades (making and forming verbs, joining and finishing, the shapes
 * and pieces metal, plastic, paper and cloth come in, common materials and qualifiers) with
 * their standard English equivalents as bilingual engineering dictionaries give them. It is NOT
 * derived from the taxonomy's synonyms, the shared samples or any evaluation file, and it names
 * no concept: each line is one ordinary word and what it can mean in English, several meanings
 * where the word has several ("ép" presses and moulds). A reading is taken only when a rendering
 * of the whole term is a phrase of the lexicon naming one concept.
 *
 * Format: one line per word, `vi = en | en …`, written with full accents (the reader compares
 * accents as the lexicon does, decision 605: "may" sewing is not "máy" machine; a word typed
 * without marks meets every spelling that folds like it). English in any form of the word
 * (glossary.ts folds -ing/-ed/-e/plurals). Lines starting with `#` are comments.
 */
export const VI_GLOSSARY = `
# Making and forming
đúc = cast | casting | mould
ép = press | pressing | mould | compression
phun = spray | injection | jet
dập = stamp | stamping | press | punch
đột = punch | pierce
cán = roll | rolling | laminate
lăn = roll | rolling
kéo = draw | drawing | pull | stretch
rèn = forge | forging
uốn = bend | bending
chấn = bend | bending | press brake
gấp = fold | folding
tạo hình = form | forming | shaping
định hình = form | forming | profile | shaping
thổi = blow | blowing
đùn = extrude | extrusion
dát = flatten | laminate
nung = fire | sinter | bake
thiêu kết = sinter | sintering
sấy = dry | drying
đóng = close | make
đóng gói = pack | packing | packaging
chế tạo = fabricate | fabrication
thiết kế = design
làm mẫu = prototype | prototyping | sample making
# Cutting and machining
cắt = cut | cutting | shear
cắt bế = die cut | die cutting
bế = die cut | die cutting
xẻ = slit | slitting | saw
cưa = saw | sawing
khoan = drill | drilling
tiện = turn | turning | lathe
phay = mill | milling
mài = grind | grinding
doa = bore | boring | ream
ta rô = tap | tapping
taro = tap | tapping
khắc = engrave | engraving | etch
ăn mòn = etch | etching | corrosion
đánh bóng = polish | polishing | buff
cắt dây = wire cut | wire cutting | wire EDM
xung điện = EDM | electrical discharge
bào = plane | planing | shape
# Joining and assembling
hàn = weld | welding | solder
hàn thiếc = solder | soldering
tán = rivet | riveting
tán đinh = rivet | riveting
lắp = assemble | assembly | fit | mount
lắp ráp = assemble | assembly
ráp = assemble | assembly
lắp đặt = install | installation
dán = glue | bond | bonding | laminate
ghép = join | joint | laminate
nối = join | connect | splice
bắt vít = screw | fasten
# Surface and heat
sơn = paint | painting | coat
phủ = coat | coating
mạ = plate | plating
mạ điện = electroplate | electroplating
nhúng = dip | dipping
nhúng nóng = hot dip
xi = plate | plating
anốt hóa = anodize | anodizing
anod hóa = anodize | anodizing
oxy hóa = oxidize | oxidation | oxide
thụ động hóa = passivate | passivation
xử lý = treat | treatment | processing
hoàn thiện = finish | finishing
làm sạch = clean | cleaning
tẩy = strip | clean | remove
rửa = wash | washing | clean
bắn = shoot | shot | blast
phun cát = sand blast | sandblasting
nhiệt luyện = heat treatment | heat treat
tôi = harden | hardening | quench | quenching
ram = temper | tempering
ủ = anneal | annealing
thấm = diffuse | carburize
# Textile, print, paper
dệt = weave | weaving | woven | textile
dệt kim = knit | knitting | knitted
đan = knit | knitting
may = sew | sewing | garment
thêu = embroider | embroidery
nhuộm = dye | dyeing
in = print | printing
in ấn = print | printing
chuyển = transfer
bồi = laminate | mount
se = twist | spin
kéo sợi = spin | spinning
# Shapes and pieces
tấm = sheet | plate | panel | board
tôn = sheet metal | steel sheet | sheet
lá = leaf | foil | sheet
thanh = bar | rod
thỏi = ingot | bar
phôi = blank | billet | workpiece
ống = tube | pipe
dây = wire | cord | strap | string | line
cáp = cable
sợi = fiber | yarn | strand | filament
cuộn = coil | roll | reel
khối = block | bulk
hình = shape | profile | section
khung = frame
kết cấu = structure | structural
vỏ = case | casing | housing | shell | enclosure | cover
hộp = box | case | housing
thùng = box | carton | bin | tank | drum
bao = bag | sack
túi = bag | pouch
màng = film | membrane
lớp = layer | ply
bột = powder | pulp
hạt = granule | pellet | bead
khuôn = mould | mold | die | tool
khuôn mẫu = mould | die | tooling
đồ gá = jig | fixture
dao = knife | blade | cutter
dụng cụ = tool
máy = machine | machinery
thiết bị = equipment | device
phụ tùng = spare part | part
phụ kiện = accessory | fitting
phụ liệu = trim | accessory
vật = object | article | piece
đồ = goods | ware | item
hàng = goods
thành phẩm = finished | finished product
bán thành phẩm = semi finished
mẫu = sample | pattern | prototype | model
bản vẽ = drawing
bề mặt = surface
mặt = face | surface
lỗ = hole
rãnh = groove | slot
răng = tooth | gear
đầu = head | end
thân = body
lót = lining | liner | insole
đệm = pad | cushion | gasket
nắp = cap | lid | cover
chai = bottle
lọ = jar
cốc = cup
khay = tray
kệ = rack | shelf
thẻ = card | tag
băng = tape | band | belt
băng dính = adhesive tape | tape
nhãn = label
tem = label | sticker
mác = tag | label
bao bì = packaging | package
# Machine parts
bánh răng = gear
bánh = wheel
vít = screw | worm
bu lông = bolt
bulông = bolt
đai ốc = nut
ốc = nut | screw
vòng đệm = washer
long đen = washer
lò xo = spring
trục = shaft | axle | spindle
vòng bi = bearing | ball bearing
ổ bi = bearing | ball bearing
ổ trục = bearing
bạc = bushing | silver
ống lót = bushing | sleeve
van = valve
bơm = pump
quạt = fan
xích = chain
đĩa = disc | plate
puli = pulley
gioăng = gasket | seal
phớt = seal
vòng = ring
chốt = pin
then = key
ren = thread
bi = ball | shot | bead
# Electrical
động cơ = motor | engine
mô tơ = motor
ổ cắm = socket
phích cắm = plug
giắc = connector | jack
đầu nối = connector
công tắc = switch
rơ le = relay
cầu chì = fuse
tụ điện = capacitor
điện trở = resistor
mạch = circuit | board
bo mạch = circuit board | board
bảng mạch = circuit board | board
mạch in = printed circuit | PCB
biến áp = transformer
cuộn cảm = inductor | coil
pin = battery | cell
ắc quy = battery
nguồn = power | source | supply
tủ = cabinet | enclosure
bảng điện = switchboard | panel
đèn = lamp | light
cảm biến = sensor
dây dẫn = conductor | wire
bó dây = wire harness | harness
đầu cốt = terminal | lug
# Materials
nhựa = plastic | resin
cao su = rubber
thép = steel
inox = stainless steel
thép không gỉ = stainless steel
nhôm = aluminium
đồng = copper
đồng thau = brass
gang = cast iron
sắt = iron
kẽm = zinc
thiếc = tin
chì = lead
niken = nickel
crôm = chrome | chromium
crom = chrome | chromium
titan = titanium
kim loại = metal
hợp kim = alloy
gỗ = wood | timber
ván = board | panel | plank
giấy = paper
bìa = cardboard | board
vải = fabric | cloth | textile
da = leather
kính = glass
thủy tinh = glass
gốm = ceramic
sứ = porcelain | ceramic
xốp = foam
mút = foam | sponge
đá = stone
bê tông = concrete
xi măng = cement
hóa chất = chemical
dầu = oil
mỡ = grease
keo = glue | adhesive
mực = ink
# Goods
giày = shoe | footwear
dép = sandal | slipper
đế = sole | base
quần áo = garment | clothing | apparel
áo = shirt | jacket | garment
quần = trousers | pants
mũ = hat | cap | helmet
găng tay = glove
ví = wallet | purse
ba lô = backpack
cặp = bag | briefcase
đai = belt | band | strap
dây đai = belt | strap | webbing
khóa = lock | buckle
khóa kéo = zipper | zip
cúc = button
nút = button | knob
chỉ = thread
xe = vehicle | car
ô tô = automotive | car | automobile
xe máy = motorcycle | motorbike
xe đạp = bicycle
nội thất = furniture | interior
quà = gift
đồ chơi = toy
# Qualifiers
nhiệt = heat | thermal | hot
nóng = hot
nguội = cold
lạnh = cold | cool
áp lực = pressure
cao áp = high pressure
thấp áp = low pressure
chân không = vacuum
chính xác = precision | precise
tự động = automatic | automated
điện = electric | electrical | power
điện tử = electronic
cơ khí = mechanical | engineering
công nghiệp = industrial
y tế = medical
thực phẩm = food
gia dụng = household
trong suốt = transparent | clear
cứng = hard | rigid
mềm = soft | flexible
dẻo = flexible
co = shrink
co nhiệt = heat shrink
giãn = stretch
dày = thick
mỏng = thin
nhỏ = small | micro
lớn = large
cao cấp = premium | high grade
tái chế = recycled | recycle
tự nhiên = natural
tổng hợp = synthetic
chịu nhiệt = heat resistant
chống = anti
chống nhiễu = EMI shielding | shielding
chắn = shield | shielding
nhiễu = interference | noise
cường lực = tempered | toughened
khí nén = pneumatic | compressed air
thủy lực = hydraulic
điều khiển = control
tín hiệu = signal
truyền = transmission | transfer
nhanh = rapid | fast | quick
điểm = spot | point
tĩnh điện = electrostatic | static
lụa = silk
vải lụa = silk
ngược = reverse
nổi = embossed | raised
sâu = deep
phẳng = flat | surface
tròn = round | cylindrical
vô tâm = centerless
đa năng = multi purpose
hai lớp = two layer | double layer
một lớp = single layer
# Connecting words
và = and
`;

/**
 * Words that only say a firm does or takes on work ("nhận in" takes printing orders, "làm hộp"
 * makes boxes, "chuyên" specialises in) or are grammar ("các", "cho", "bằng"): dropped before a
 * term is rendered, never rendered. Like keys.ts GENERIC_WORDS they never decide a concept.
 */
export const VI_GLOSSARY_EMPTY = "nhận|làm|chuyên|các|những|loại|cho|bằng|của|theo|từ|có|dùng|trên".split(
  "|",
);
