import type { Config } from "tailwindcss";

export default {
  content: ["./app/**/{**,.client,.server}/**/*.{js,jsx,ts,tsx}"],
  theme: {
    extend: {
      colors: {
        brand: { 50: "#eef6ff", 100: "#d9eaff", 500: "#1d6fd8", 600: "#165bb4", 700: "#124a91", 900: "#0b2b55" },
      },
    },
  },
  plugins: [],
} satisfies Config;
