"""Name and text vocabulary for the synthetic benchmark data, kept apart from the generator code.

Given names and the head of the surname list are common US names in roughly descending frequency
(written from general knowledge, not copied from a data set); the generator gives them Zipf-like weights
and composes a long tail of further surnames from the parts below, so a 1,000,000-client roster has the
tens of thousands of distinct surnames a real one has (and many namesakes among the common ones).
"""

from __future__ import annotations


def _words(block: str) -> list[str]:
    return block.split()


MALE_GIVEN = _words("""
James Robert John Michael David William Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony
Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan
Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander
Frank Patrick Raymond Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry Douglas Zachary Peter Kyle
Ethan Walter Noah Jeremy Christian Keith Roger Terry Gerald Harold Sean Austin Carl Arthur Lawrence Dylan
Jesse Jordan Bryan Billy Joe Bruce Gabriel Logan Albert Willie Alan Juan Wayne Elijah Randy Roy Vincent
Ralph Eugene Russell Bobby Mason Philip Louis Harry Howard Leonard Dale Clarence Ernest Francis Stanley
Norman Herbert Fred Lloyd Marvin Glenn Leroy Curtis Duane Vernon Gordon Allen Lester Milton Melvin
Theodore Calvin Luis Carlos Miguel Jorge Manuel Antonio Wei Hung Minh Tuan Ahmed Omar Rajesh Sanjay
Gustav Lars Olaf Arne Nils Stanislaw Tadeusz Giovanni Salvatore Patrick Desmond Malik Darnell Tyrone
""")

FEMALE_GIVEN = _words("""
Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Margaret Sandra
Ashley Kimberly Emily Donna Michelle Carol Amanda Dorothy Melissa Deborah Stephanie Rebecca Sharon Laura
Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela Emma Nicole Helen Samantha Katherine Christine
Debra Rachel Carolyn Janet Catherine Maria Heather Diane Ruth Julie Olivia Joyce Virginia Victoria Kelly
Lauren Christina Joan Evelyn Judith Megan Andrea Cheryl Hannah Jacqueline Martha Gloria Teresa Ann Sara
Madison Frances Kathryn Janice Jean Abigail Alice Judy Sophia Grace Denise Amber Doris Marilyn Danielle
Beverly Isabella Theresa Diana Natalie Brittany Charlotte Marie Kayla Alexis Lori Eleanor Peggy Irene
Lorraine Marjorie Arlene Darlene Rosemary Dolores Lucille Geraldine Bernice Phyllis Elaine Gladys Norma
Mildred Esther Josephine Rosa Carmen Guadalupe Yolanda Mai Linh Priya Fatima Ingrid Astrid Karin
Agnieszka Giulia Bridget Siobhan Keisha Latoya Ebony
""")

SURNAME_HEAD = _words("""
Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson
Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis
Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall
Rivera Campbell Mitchell Carter Roberts Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes
Stewart Morris Morales Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard
Ramos Kim Cox Ward Richardson Watson Brooks Chavez Wood James Bennett Gray Mendoza Ruiz Hughes Price
Alvarez Castillo Sanders Patel Myers Long Ross Foster Jimenez Powell Jenkins Perry Russell Sullivan Bell
Coleman Butler Henderson Barnes Gonzales Fisher Vasquez Simmons Romero Jordan Patterson Alexander Hamilton
Graham Reynolds Griffin Wallace Moreno West Cole Hayes Bryant Herrera Gibson Ellis Tran Medina Aguilar
Stevens Murray Ford Castro Marshall Owens Harrison Fernandez McDonald Woods Washington Kennedy Wells
Vargas Henry Chen Freeman Webb Tucker Guzman Burns Crawford Olson Simpson Porter Hunter Gordon Mendez
Silva Shaw Snyder Mason Dixon Munoz Hunt Hicks Holmes Palmer Wagner Black Robertson Boyd Rose Stone
Salazar Fox Warren Mills Meyer Rice Schmidt Garza Daniels Ferguson Nichols Stephens Soto Weaver Ryan
Gardner Payne Grant Dunn Kelley Spencer Hawkins Arnold Pierce Vazquez Hansen Peters Santos Hart Bradley
Knight Elliott Cunningham Duncan Armstrong Hudson Carroll Lane Riley Andrews Alvarado Ray Delgado Berry
Perkins Hoffman Johnston Matthews Pena Richards Contreras Willis Carpenter Lawrence Sandoval Guerrero
George Chapman Rios Estrada Ortega Watkins Greene Nunez Wheeler Valdez Harper Burke Larson Santiago
Maldonado Morrison Franklin Carlson Austin Dominguez Carr Lawson Jacobs O'Brien Lynch Singh Vega Bishop
Montgomery Oliver Jensen Harvey Williamson Gilbert Dean Sims Espinoza Howell Li Wong Reid Hanson Le
McCoy Garrett Burton Fuller Wang Weber Welch Rojas Lucas Marquez Fields Park Yang Little Banks Padilla
Day Walsh Bowman Schultz Luna Fowler Mejia Davidson Acosta Brewer May Holland Juarez Newman Pearson
Curtis Cortez Douglas Schneider Joseph Barrett Navarro Figueroa Keller Avila Wade Molina Stanley Hopkins
Campos Barnett Bates Chambers Caldwell Beck Lambert Miranda Byrd Craig Ayala Lowe Frazier Powers Neal
Leonard Gregory Carrillo Sutton Fleming Rhodes Shelton Schwartz Norris Jennings Watts Duran Walters
Cohen McDaniel Moran Parks Steele Vaughn Becker Holt Deleon Barker Terry Hale Leon Hail Benson Haynes
Horton Miles Lyons Pham Graves Bush Thornton Wolfe Warner Cabrera McKinney Mann Zimmerman Dawson Lara
Fletcher Page McCarthy Love Robles Cervantes Solis Erickson Reeves Chang Klein Salinas Fuentes Baldwin
Daniel Simon Velasquez Hardy Higgins Aguirre Lin Cummings Chandler Sharp Barber Bowen Ochoa Dennis
Robbins Liu Ramsey Francis Griffith Paul Blair O'Connor Cardenas Pacheco Cross Calderon Quinn Moss
Swanson Chan Rivas Khan Rodgers Serrano Fitzgerald Rosales Stevenson Christensen Manning Gill Curry
McLaughlin Harmon McGee Gross Doyle Garner Newton Burgess Reese Walton Blake Trujillo Adkins Brady
Goodman Roman Webster Goodwin Fischer Huang Potter Delacruz Montoya Todd Wu Hines Mullins Castaneda
Malone Cannon Tate Mack Sherman Hubbard Hodges Zhang Guerra Wolf Valencia Saunders Franco Rowe Gallagher
Farmer Hammond Hampton Townsend Ingram Wise Gallegos Clarke Barton Schroeder Maxwell Waters Logan Camacho
Strickland Norman Person Colon Parsons Frank Harrington Glover Osborne Buchanan Casey Floyd Patton Ibarra
Ball Tyler Suarez Bowers Orozco Salas Cobb Gibbs Andrade Bauer Conner Moody Escobar McGuire Lloyd Mueller
Hartman French Kramer McBride Pope Lindsey Velazquez Norton McCormick Sparks Flynn Yates Hogan Marsh
Macias Villanueva Zamora Pratt Stokes Owen Ballard Lang Brock Villarreal Charles Drake Barrera Cain Patrick
Pineda Burnett Mercado Santana Shepherd Bautista Ali Shaffer Lamb Trevino McKenzie Hess Beil Olsen
Cochran Kowalski Nowak Wisniewski Lewandowski Halvorsen Lindqvist Bergstrom Nielsen Johansson Novak
Schmitt Krueger Schaefer Koch Richter Wolff Haugen Thorson Gunderson Amundson Kowalczyk Jankowski
""")

# Irregular surnames that exercise the matcher's normalisation: accents, apostrophes, particles, hyphens.
SURNAME_ODD = [
    "Núñez", "Peña", "Muñoz", "Ibáñez", "O'Neill", "O'Malley", "D'Angelo", "DeLuca", "Van Dyke", "Van Buren",
    "de la Cruz", "St. Pierre", "MacDonald", "McAllister", "Le Blanc", "Núñez-García", "Smith-Jones",
    "García-López", "Zoë", "Björklund", "Østergaard", "Mäkinen", "Schäfer", "Lévesque", "Côté",
]

# Parts for the composed long tail ("Halvor" + "sen", "Kowal" + "czyk", "Mac" + "Kinnon").
TAIL_ROOTS = _words("""
Ander Berg Lind Hal Gunder Thor Nord Sund Dahl Strand Holm Lund Eng Ols Pet Hans Nils Sven Carl Erik Jens
Kow Nowa Wisn Lewan Kamin Zielin Wozn Dabrow Kozl Jank Mazur Krawc Pawl Grab Sob Czar Wojc Kacz Michal
Brenn Donn Fitz Gall Kenn Mull Quin Rour Shan Kav Gorm Flan Hanr Conn Dugg Mahon Kear Tier Muld Cass
Brun Rossi Bian Ferr Espos Ricc Mar Gall Sant Cost Font Greco Lomb Manc Russ Sart Verd Zan Bell Cal
Schwa Hoff Kraus Wein Zimm Bau Eich Frei Gold Grun Heil Kessl Lieb Rein Stein Stras Vogel Wald Ziegl
Ash Black Brad Brook Crow Dal Fair Hart Hay Holt Kings Lang Mill Net Pen Rad Ship Stan Thorn Went Whit
""")
TAIL_SUFFIXES = {
    "nordic": _words("son sen strom berg quist gren lund dahl heim vold rud stad gaard borg"),
    "slavic": _words("ski ska czyk iak owicz ewicz ak ek inski owski"),
    "irish": ["", "an", "ey", "igan", "ahan", "ell", "on"],
    "italian": _words("ini elli etti ucci one ano ino ari esi otti"),
    "german": _words("er mann berger meier schmidt hofer ner ler ke lein"),
    "english": _words("ley ton field worth wood ford ham by well more cliffe stead"),
}
TAIL_PREFIXES = {"irish": ["O'", "Mc", "Mac", ""]}

# Towns used only for places nobody on the roster lives (a share of obituary and news people).
FAR_STATES = ("AZ", "FL", "TX", "CA", "NC", "GA", "CO", "WA", "NY", "PA", "OH", "TN")
HOME_STATES = ("WI", "MN", "IL", "IA", "MI")

# Sentences that give obituaries and news stories their realistic length; no roster names in them.
OBIT_LIFE = [
    "{p} graduated from {town} High School and went on to study at the state university.",
    "{p} served in the United States Army and was stationed in Germany for two years.",
    "After retiring, {p} volunteered at the public library and delivered meals to homebound neighbors.",
    "{p} worked for thirty-two years at the paper mill, where {s} was known for never missing a shift.",
    "{p} loved fishing on the lake, deer camp every November, and a good game of sheepshead.",
    "{p} was a lifelong member of St. John's Lutheran Church, where {s} sang in the choir.",
    "{p} taught fourth grade for many years and kept in touch with former students long after.",
    "Family gatherings, holiday baking and cheering for the Packers filled {o} happiest days.",
    "{p} was an avid gardener whose tomatoes were the envy of the neighborhood.",
    "Together they traveled to all fifty states, often in a camper {s} had restored by hand.",
    "{p} owned and operated a small dairy farm and later drove school bus for the district.",
    "{p} enjoyed quilting, card club, and morning coffee with friends at the corner cafe.",
    "Known for a quick wit and a generous heart, {p} never met a stranger.",
    "{p} was proud of {o} grandchildren and rarely missed a ball game, recital or school play.",
    "In {o} later years {p} enjoyed winters in Arizona and summers at the family cabin up north.",
    "{p} was a member of the Lions Club, the American Legion and the volunteer fire department.",
    "{p} spent many happy hours in the woodshop, building cradles and toy trucks for the family.",
    "The family wishes to thank the staff of the hospice for the compassionate care given.",
    "{p} will be remembered for {o} kindness, {o} faith and {o} love of a good story.",
    "{p} retired from the county highway department after thirty-five years of service.",
    "As a young man {p} worked summers on an uncle's farm and never lost the habit of rising before dawn.",
    "{p} could fix almost anything with baling wire and patience, and usually did.",
    "Sunday dinners at {o} table were legendary, and nobody ever left hungry.",
    "{p} kept a bird feeder outside the kitchen window and could name every visitor to it.",
    "For many years {p} coached youth baseball and later umpired high school games.",
    "{p} was a talented seamstress who made wedding dresses for three generations of the family.",
    "{p} served on the village board and the cemetery association for more than two decades.",
    "{p} never missed the opening day of fishing season and taught every grandchild to bait a hook.",
    "{p} loved polka music and danced every Saturday night at the ballroom by the river.",
    "{p} was a member of the VFW post and marched in the Memorial Day parade every year.",
    "{p} took great pride in a well-kept lawn and a freshly washed car.",
    "Those who knew {p} will remember {o} laugh, {o} stubborn streak and {o} endless patience.",
    "{p} delivered mail on a rural route for twenty-eight years and knew every dog by name.",
    "{p} was happiest at the cabin, sitting on the dock with a cup of coffee at sunrise.",
    "{p} spent {o} career as a nurse at the county hospital, often working double shifts.",
    "{p} enjoyed bowling league on Tuesday nights and was proud of a perfect game in 1984.",
    "Cards, crossword puzzles and a good cup of coffee were among {o} simple pleasures.",
    "{p} was a devoted member of the altar society and the church funeral lunch committee.",
    "{p} was known throughout town for {o} homemade pies, especially rhubarb and apple.",
    "After the children were grown {p} went back to school and earned a degree in accounting.",
]
NEWS_FILLER = [
    "The council is expected to take up the measure again at its next regular meeting.",
    "Officials said the project remains on schedule and within its budget.",
    "Residents who want to comment may do so at the public hearing next month.",
    "The event is free and open to the public, and refreshments will be served.",
    "Organizers said attendance was up sharply from last year.",
    "The school board approved the plan on a five to two vote after lengthy discussion.",
    "Weather permitting, the work should be finished before the end of the season.",
    "A spokesperson for the department declined to comment further on the matter.",
    "The fundraiser has collected more than twelve thousand dollars so far.",
    "Road crews will be working on the stretch of highway through the weekend.",
    "The county fair runs through Sunday with a tractor pull on the final night.",
    "Volunteers are still needed for the spring cleanup along the river trail.",
    "Tickets are available at the chamber of commerce office downtown.",
    "The library will extend its hours during the summer reading program.",
    "Police asked anyone with information to call the non-emergency line.",
    "The varsity team finished the regular season with a record of eleven and three.",
    "The proposal would raise the levy by about two percent, officials said.",
    "More information is available on the city website.",
]
