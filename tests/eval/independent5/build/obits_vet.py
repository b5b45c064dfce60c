"""Veterans' Final Salute notices (military style: rank, branch, service history), plain text. Hand-labelled."""

FEED = "vet"
ITEMS = [
dict(guid="vfs-2026-0417", pub="2026-02-27T12:00:00-05:00", title="CWO4 Reginald A. Tisdale, USN (Ret.), 88, Hampton",
body="""Chief Warrant Officer Four Reginald Allen Tisdale, U.S. Navy (Retired), 88, of Hampton, Va., crossed the bar on February 23, 2026.

A 30-year sailor, he served aboard USS Independence and USS Nimitz and retired from Naval Station Norfolk in 1987.

He is survived by his son, Lamont Tisdale (Carla) of Virginia Beach; his daughter, Renee Tisdale of Atlanta; and five grandchildren. He was preceded in death by his wife, Dorothy.

Full military honors at Albert G. Horton Jr. Memorial Veterans Cemetery, Suffolk. Chaplain (CDR) Luis Ferrer will officiate.""",
gold=[("P033", "survivor"), ("P034", "survivor")]),
dict(guid="vfs-2026-0452", pub="2026-03-18T12:00:00-07:00", title="SFC Ernesto Quiñones, USA (Ret.), 79, Sierra Vista",
body="""Sergeant First Class Ernesto "Neto" Quiñones, U.S. Army (Retired), 79, of Sierra Vista, Ariz., died March 14, 2026. He served two tours in Vietnam with the 1st Cavalry Division and later trained intelligence soldiers at Fort Huachuca.

He is survived by his wife, Rosalinda; his sister, Tela Quiñones of Tucson; and his nephews, Ramon and Beto. Interment at Southern Arizona Veterans Memorial Cemetery.""",
gold=[("P035", "survivor")]),
dict(guid="vfs-2026-0488", pub="2026-04-07T12:00:00-04:00", title="MSgt Wendell R. Crisp, USAF (Ret.), 90, Dayton, Ohio",
body="""Master Sergeant Wendell Roy Crisp, U.S. Air Force (Retired), 90, of Dayton, Ohio, died April 3, 2026. A B-52 crew chief, he retired from Wright-Patterson AFB. Survived by his wife, June, and sons Gary and Roy of Dayton.""",
gold=[]),
]
