export default {"countries":{"TK":["690","00","[2-47]\\d{3,6}",[4,5,6,7]]}};
